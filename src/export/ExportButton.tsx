import { useRef, useState } from 'react';
import { composeImage, slideDescription, type ExportInput } from './composeImage';
import { withPngText } from './pngText';
import { downloadBlob } from '../app/download';
import { useT } from '../i18n/react';
import { sayError } from '../i18n/phrase';

export interface ExportButtonProps {
  /** Called on click, so the image shows the view as it is then. */
  getInput(): ExportInput;
  fileName: string;
}

function pngBlob(canvas: HTMLCanvasElement, failed: string): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(failed))), 'image/png'));
}

/** "Export image": the current view as a 1920×1080 PNG for a slide. */
export function ExportButton({ getInput, fileName }: ExportButtonProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const working = useRef(false);

  const exportImage = async () => {
    if (working.current) return;
    working.current = true;
    setBusy(true);
    setError(null);
    try {
      const input = getInput();
      const png = new Uint8Array(await (await pngBlob(await composeImage(input), t('export.noPng'))).arrayBuffer());
      const text = { Title: input.title, Description: slideDescription(input), Source: input.credit };
      downloadBlob(new Blob([withPngText(png, text)], { type: 'image/png' }), fileName);
    } catch (e) {
      setError(t('export.failed', { why: sayError(t, e) }));
    } finally {
      working.current = false;
      setBusy(false);
    }
  };

  return (
    <span className="export-image">
      {/* aria-disabled rather than disabled, so keyboard focus stays on the button while it works. */}
      <button type="button" onClick={exportImage} aria-busy={busy} aria-disabled={busy}>
        {busy ? t('export.busy') : t('export.button')}
      </button>
      <span role="status" className="export-status">
        {error}
      </span>
    </span>
  );
}
