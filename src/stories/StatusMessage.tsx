import type { Status } from './session';
import { reportSummary } from './report';
import { ProblemGroups } from './ProblemGroups';

/** Why a load failed (with the report, when the file was read but no row could be used), or a notice. */
export function StatusMessage({ status, onDismiss }: { status: Status; onDismiss(): void }) {
  if (status.kind !== 'failed' && status.kind !== 'notice') return null;
  const report = status.kind === 'failed' ? status.report : null;
  return (
    <>
      <div className={`status-message ${status.kind}`} role="alert">
        <p>{status.message}</p>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      {report && (
        <section aria-label="Why the file could not be used">
          <p>{reportSummary(report)}</p>
          <ProblemGroups problems={report.problems} />
        </section>
      )}
    </>
  );
}
