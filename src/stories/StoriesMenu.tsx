import { useEffect, useRef } from 'react';
import './stories.css';
import { useSessionContext, useSessionState } from './useSession';
import { ImportForm } from './ImportForm';
import { LoadProgress } from './LoadProgress';
import { ReportView } from './ReportView';
import { StoryList } from './StoryList';
import { StatusMessage } from './StatusMessage';
import { useT } from '../i18n/react';
import { PartBoundary } from '../app/PartBoundary';

/** The Masthead's "Stories" button and its dialog: import, the report, the reader's kept stories. */
export function StoriesMenu() {
  const t = useT();
  const session = useSessionContext();
  const state = useSessionState(session);
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = state?.panel ?? 'closed';
  const loading = state?.status.kind === 'loading';

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (panel !== 'closed' && !d.open) d.showModal();
    if (panel === 'closed' && d.open) d.close();
  }, [panel]);
  useEffect(() => {
    // The button that started an import is gone when the report replaces it: the report's title takes focus.
    if (panel === 'report' && !loading) heading.current?.focus();
  }, [panel, loading]);

  if (!session || !state) return null;
  const { current, status } = state;

  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => session.setPanel('menu')}>
        {t('stories.button')}
      </button>
      <dialog ref={dialog} className="stories-dialog" aria-labelledby="stories-title" onClose={() => session.setPanel('closed')}>
        <h2 id="stories-title" ref={heading} tabIndex={-1}>
          {panel === 'report' && current ? t('stories.reportTitle', { title: current.story.title }) : t('stories.button')}
        </h2>
        <PartBoundary part="stories" resetKey={panel}>
          {status.kind === 'loading' ? (
            <LoadProgress what={status.what} progress={status.progress} onCancel={session.cancel} />
          ) : (
            <StatusMessage status={status} onDismiss={session.dismiss} />
          )}
          {panel === 'report' && current && !loading && <ReportView current={current} onPlace={(id, place) => void session.place(id, place)} />}
          {panel === 'menu' && (
            <>
              <ImportForm disabled={loading} onImport={(source) => void session.importFile(source)} />
              {current?.report && (
                <p>
                  <button type="button" onClick={() => session.setPanel('report')}>
                    {t('stories.openReport')}
                  </button>
                </p>
              )}
              <StoryList
                bundledTitle={state.bundledTitle}
                stories={state.stories}
                origin={current?.origin ?? null}
                onOpenBundled={() => void session.openBundled()}
                onOpen={(key) => void session.openStored(key)}
                onDelete={(key) => void session.remove(key)}
              />
            </>
          )}
        </PartBoundary>
        <div className="dialog-actions">
          {panel === 'report' && (
            <button type="button" onClick={() => session.setPanel('menu')}>
              {t('stories.back')}
            </button>
          )}
          <button type="button" onClick={() => session.setPanel('closed')}>
            {t('core.close')}
          </button>
        </div>
      </dialog>
    </>
  );
}
