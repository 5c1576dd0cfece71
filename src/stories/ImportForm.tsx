import { useId, useRef, useState } from 'react';
import type { ImportSource } from '../import/types';
import { useT } from '../i18n/react';
import { TEMPLATE_URL } from '../export/data/templateUrl';

export interface ImportFormProps {
  onImport(source: ImportSource): void;
  disabled: boolean;
}

/** Reads a local file into the bytes the importers take; nothing is sent anywhere. */
export async function fileSource(file: File): Promise<ImportSource> {
  return { kind: 'bytes', name: file.name, bytes: await file.arrayBuffer() };
}

/** The two ways in from the reader's computer: a file, or CSV text pasted from a spreadsheet. */
export function ImportForm({ onImport, disabled }: ImportFormProps) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const pasteId = useId();
  const hintId = useId();
  const t = useT();

  const chosen = async (files: FileList | null) => {
    const file = files?.[0];
    if (input.current) input.current.value = '';
    if (file) onImport(await fileSource(file));
  };

  return (
    <section className="import-form" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('stories.importHeading')}</h3>
      <p id={hintId} className="hint">
        {t('stories.importHint')}
      </p>
      <p className="hint">
        <a href={TEMPLATE_URL} download>
          {t('search.export.template')}
        </a>
      </p>
      <button type="button" onClick={() => input.current?.click()} disabled={disabled} aria-describedby={hintId}>
        {t('stories.chooseFile')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".csv,.tsv,.txt,.json,.geojson,text/csv,application/json,application/geo+json"
        onChange={(e) => void chosen(e.currentTarget.files)}
      />
      <label htmlFor={pasteId}>{t('stories.paste')}</label>
      <textarea id={pasteId} rows={4} value={text} onChange={(e) => setText(e.currentTarget.value)} spellCheck={false} />
      <button type="button" disabled={disabled || text.trim() === ''} onClick={() => onImport({ kind: 'text', name: t('stories.pastedName'), text })}>
        {t('stories.importPasted')}
      </button>
    </section>
  );
}
