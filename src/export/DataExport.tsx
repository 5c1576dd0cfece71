import { useRef, useState } from 'react';
import type { Story, StoryEvent } from '../story/model';
import { useT } from '../i18n/react';
import { downloadText } from '../app/download';
import type { DataFormat } from './data/formats';
import { TEMPLATE_URL } from './data/templateUrl';

export interface DataExportProps {
  /** Called when the dialog opens, so it holds what is shown then. */
  getSelection(): { story: Story; events: readonly StoryEvent[] };
}

const FORMATS = ['csv', 'geojson', 'story'] as const satisfies readonly DataFormat[];

/** "Download data": the events shown (filters, search and time window) as CSV, GeoJSON or story JSON. */
export function DataExport({ getSelection }: DataExportProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [selection, setSelection] = useState<ReturnType<DataExportProps['getSelection']> | null>(null);
  const [status, setStatus] = useState('');
  const count = selection?.events.length ?? 0;

  const open = () => {
    setSelection(getSelection());
    setStatus('');
    dialog.current?.showModal();
  };
  const save = async (format: DataFormat) => {
    if (!selection || !count) return;
    // The writers (and PapaParse) load on the first download, not with the page.
    const { dataFile } = await import('./data/formats');
    const file = dataFile(format, selection.story, selection.events);
    downloadText(file.text, file.name, file.type);
    setStatus(t('search.export.done', { file: file.name, count }));
  };

  return (
    <>
      <button type="button" onClick={open}>
        {t('search.export.button')}
      </button>
      <dialog ref={dialog} className="embed-dialog data-export" aria-labelledby="data-export-title" onClose={() => setSelection(null)}>
        <h2 id="data-export-title">{t('search.export.title')}</h2>
        <p>{t('search.export.what')}</p>
        {count === 0 && <p>{t('search.export.none')}</p>}
        <ul className="data-formats">
          {FORMATS.map((format) => (
            <li key={format}>
              <button type="button" onClick={() => void save(format)} aria-disabled={count === 0} aria-describedby={`data-count-${format}`}>
                {t(`search.export.${format}`)}
              </button>{' '}
              <span className="data-count" id={`data-count-${format}`}>
                {t('search.export.holds', { count })}
              </span>
            </li>
          ))}
        </ul>
        <p>
          <a href={TEMPLATE_URL} download>
            {t('search.export.template')}
          </a>
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('core.close')}
          </button>
          <span role="status">{status}</span>
        </div>
      </dialog>
    </>
  );
}
