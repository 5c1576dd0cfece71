import { useRef, useState } from 'react';
import { embedCode } from './embedCode';

export interface EmbedDialogProps {
  title: string;
  /** Returns the current view's query string when the dialog opens. */
  getSearch(): string;
  /** The `?data=` address of the open story, which the embed must load too. */
  dataUrl?: string | null;
  /** The open story is kept only in this browser: the code would show the bundled story instead. */
  localOnly?: boolean;
}

/** An "Embed" button and the dialog with copy-ready code for the current view. */
export function EmbedDialog({ title, getSearch, dataUrl = null, localOnly = false }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [code, setCode] = useState('');
  const [copied, setCopied] = useState('');

  const open = () => {
    const appUrl = new URL('./', location.href).toString();
    // Each embed code gets its own id, so two graphics on one page get their own height messages.
    const id = `incident-atlas-${Math.random().toString(36).slice(2, 8)}`;
    setCode(embedCode({ appUrl, search: getSearch(), id, title, height: 720, dataUrl }));
    setCopied('');
    dialog.current?.showModal();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('Copying is blocked here: select the code and copy it.');
    }
  };

  return (
    <>
      <button type="button" onClick={open}>
        Embed
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title">
        <h2 id="embed-title">Embed this view</h2>
        <p>Paste this into an article. It keeps the selected event, the time window and the filters, and resizes itself to fit the column.</p>
        {localOnly && (
          <p className="embed-note">
            This story is kept only in this browser, so the code below shows the app’s own story. To embed it, save it as story JSON (Stories menu, its report),
            publish the file next to the app and open it with <code>?data=</code>; the Embed button then gives code for it.
          </p>
        )}
        <label htmlFor="embed-code">Embed code</label>
        <textarea id="embed-code" readOnly value={code} rows={6} onFocus={(e) => e.currentTarget.select()} />
        <div className="dialog-actions">
          <button type="button" onClick={copy}>
            Copy code
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
          <span role="status">{copied}</span>
        </div>
      </dialog>
    </>
  );
}
