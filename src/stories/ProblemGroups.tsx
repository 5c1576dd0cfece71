import { groupProblems } from './report';
import type { Problem } from '../story/problem';
import { problemText } from '../story/describe';
import { useT } from '../i18n/react';
import type { T } from '../i18n';

/** Long reports are cut on screen; the downloaded CSV has every problem. */
const SHOWN = 100;

function counts(t: T, errors: number, warnings: number): string {
  const parts = [];
  if (errors) parts.push(t('stories.leftOutCount', { count: errors }));
  if (warnings) parts.push(t('stories.warningCount', { count: warnings }));
  return parts.join(', ');
}

/** Every problem, grouped by kind with counts: row, event, field, value and what is wrong. */
export function ProblemGroups({ problems }: { problems: readonly Problem[] }) {
  const t = useT();
  const groups = groupProblems(problems, t);
  if (groups.length === 0) return <p>{t('stories.noProblems')}</p>;
  return (
    <div className="problem-groups">
      {groups.map((g) => (
        <details key={g.kind} open={groups.length <= 3}>
          <summary>
            {t('stories.groupSummary', {
              label: g.label,
              problems: t('stories.problemCount', { count: g.problems.length }),
              counts: counts(t, g.errors, g.warnings),
            })}
          </summary>
          <div className="table-scroll" role="region" aria-label={t('stories.groupLabel', { label: g.label })} tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('stories.col.row')}</th>
                  <th scope="col">{t('stories.col.event')}</th>
                  <th scope="col">{t('stories.col.field')}</th>
                  <th scope="col">{t('stories.col.value')}</th>
                  <th scope="col">{t('stories.col.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {g.problems.slice(0, SHOWN).map((p, i) => (
                  <tr key={i} className={p.severity}>
                    <td>{p.row ?? t('stories.file')}</td>
                    <td>{p.id ?? ''}</td>
                    <td>{p.field}</td>
                    <td>{p.value === null ? <em>{t('stories.missing')}</em> : p.value}</td>
                    <td>
                      {p.severity === 'error' ? t('stories.leftOutPrefix') : ''}
                      {problemText(p, t)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {g.problems.length > SHOWN && <p className="hint">{t('stories.firstShown', { shown: SHOWN, count: g.problems.length })}</p>}
        </details>
      ))}
    </div>
  );
}
