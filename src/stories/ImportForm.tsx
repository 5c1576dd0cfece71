import { useId, useRef, useState } from 'react';
import type { ImportSource } from '../import/types';

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

  const chosen = async (files: FileList | null) => {
    const file = files?.[0];
    if (input.current) input.current.value = '';
    if (file) onImport(await fileSource(file));
  };

  return (
    <section className="import-form" aria-labelledby="import-heading">
      <h3 id="import-heading">Import a story</h3>
      <p id={hintId} className="hint">
        A TimelineJS sheet or an ACLED export saved as CSV, the app’s CSV template, GeoJSON or story JSON. You can also drop a file on the page. The file stays
        in this browser.
      </p>
      <button type="button" onClick={() => input.current?.click()} disabled={disabled} aria-describedby={hintId}>
        Choose a file…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".csv,.tsv,.txt,.json,.geojson,text/csv,application/json,application/geo+json"
        onChange={(e) => void chosen(e.currentTarget.files)}
      />
      <label htmlFor={pasteId}>Or paste CSV text</label>
      <textarea id={pasteId} rows={4} value={text} onChange={(e) => setText(e.currentTarget.value)} spellCheck={false} />
      <button type="button" disabled={disabled || text.trim() === ''} onClick={() => onImport({ kind: 'text', name: 'Pasted text', text })}>
        Import the pasted text
      </button>
    </section>
  );
}
