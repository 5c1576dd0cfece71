import { useEffect, useState } from 'react';
import './stories.css';
import { useSessionContext } from './useSession';
import { fileSource } from './ImportForm';
import { useT } from '../i18n/react';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/** Lets a file be dropped anywhere on the page, with a visible target while it is dragged over. */
export function DropZone() {
  const session = useSessionContext();
  const [dragging, setDragging] = useState(false);
  const t = useT();

  useEffect(() => {
    if (!session) return;
    // dragenter and dragleave fire for every child crossed; counting them tells when the drag left the page.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = async (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      session.setPanel('menu');
      await session.importFile(await fileSource(file));
    };
    addEventListener('dragenter', enter);
    addEventListener('dragover', over);
    addEventListener('dragleave', leave);
    addEventListener('drop', drop);
    return () => {
      removeEventListener('dragenter', enter);
      removeEventListener('dragover', over);
      removeEventListener('dragleave', leave);
      removeEventListener('drop', drop);
    };
  }, [session]);

  return dragging ? (
    <div className="drop-zone" aria-hidden="true">
      <p>{t('stories.drop')}</p>
    </div>
  ) : null;
}
