import type { Status } from './session';
import { reportSummary } from './report';
import { ProblemGroups } from './ProblemGroups';
import { useT } from '../i18n/react';
import { say } from '../i18n/phrase';

/** Why a load failed (with the report, when the file was read but no row could be used), or a notice. */
export function StatusMessage({ status, onDismiss }: { status: Status; onDismiss(): void }) {
  const t = useT();
  if (status.kind !== 'failed' && status.kind !== 'notice') return null;
  const report = status.kind === 'failed' ? status.report : null;
  return (
    <>
      <div className={`status-message ${status.kind}`} role="alert">
        <p>{say(t, status.message)}</p>
        <button type="button" onClick={onDismiss}>
          {t('stories.dismiss')}
        </button>
      </div>
      {report && (
        <section aria-label={t('stories.whyUnusable')}>
          <p>{reportSummary(report, t)}</p>
          <ProblemGroups problems={report.problems} />
        </section>
      )}
    </>
  );
}
