import { useRef, useState } from 'react';
import { embedCode } from './embedCode';
import { useT } from '../i18n/react';

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
  const t = useT();
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
      setCopied(t('embed.copied'));
    } catch {
      setCopied(t('embed.blocked'));
    }
  };

  return (
    <>
      <button type="button" onClick={open}>
        {t('embed.button')}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title">
        <h2 id="embed-title">{t('embed.title')}</h2>
        <p>{t('embed.intro')}</p>
        {localOnly && (
          <p className="embed-note">
            {t('embed.localBefore')} <code>?data=</code>
            {t('embed.localAfter')}
          </p>
        )}
        <label htmlFor="embed-code">{t('embed.code')}</label>
        <textarea id="embed-code" readOnly value={code} rows={6} onFocus={(e) => e.currentTarget.select()} />
        <div className="dialog-actions">
          <button type="button" onClick={copy}>
            {t('embed.copy')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('core.close')}
          </button>
          <span role="status">{copied}</span>
        </div>
      </dialog>
    </>
  );
}
