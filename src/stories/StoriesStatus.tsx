import './stories.css';
import { useSessionContext, useSessionState } from './useSession';
import { LoadProgress } from './LoadProgress';
import { StatusMessage } from './StatusMessage';

/**
 * Loads and failures outside the Stories dialog (a `?data=` link, a kept story at startup, a drop)
 * show here, over the page, in every view including embeds.
 */
export function StoriesStatus() {
  const session = useSessionContext();
  const state = useSessionState(session);
  if (!session || !state || state.panel !== 'closed') return null;
  const { status } = state;
  if (status.kind === 'idle') return null;
  return (
    <div className="stories-status">
      {status.kind === 'loading' ? (
        <LoadProgress what={status.what} progress={status.progress} onCancel={session.cancel} />
      ) : (
        <StatusMessage status={status} onDismiss={session.dismiss} />
      )}
    </div>
  );
}
