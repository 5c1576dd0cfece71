import type { Status } from './session';

/** Why a load failed, or what the reader should know about the open story. */
export function StatusMessage({ status, onDismiss }: { status: Status; onDismiss(): void }) {
  if (status.kind !== 'failed' && status.kind !== 'notice') return null;
  return (
    <div className={`status-message ${status.kind}`} role="alert">
      <p>{status.message}</p>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
