import { groupProblems } from './report';
import type { Problem } from '../story/problem';
import { plural } from '../panel/words';

/** Long reports are cut on screen; the downloaded CSV has every problem. */
const SHOWN = 100;

function counts(errors: number, warnings: number): string {
  const parts = [];
  if (errors) parts.push(`${errors} left out`);
  if (warnings) parts.push(`${plural(warnings, 'warning')}`);
  return parts.join(', ');
}

/** Every problem, grouped by kind with counts: row, event, field, value and what is wrong. */
export function ProblemGroups({ problems }: { problems: readonly Problem[] }) {
  const groups = groupProblems(problems);
  if (groups.length === 0) return <p>No problems found.</p>;
  return (
    <div className="problem-groups">
      {groups.map((g) => (
        <details key={g.kind} open={groups.length <= 3}>
          <summary>
            {g.label}: {plural(g.problems.length, 'problem')} ({counts(g.errors, g.warnings)})
          </summary>
          <div className="table-scroll" role="region" aria-label={`${g.label} problems`} tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Event</th>
                  <th scope="col">Field</th>
                  <th scope="col">Value</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {g.problems.slice(0, SHOWN).map((p, i) => (
                  <tr key={i} className={p.severity}>
                    <td>{p.row ?? 'file'}</td>
                    <td>{p.id ?? ''}</td>
                    <td>{p.field}</td>
                    <td>{p.value === null ? <em>missing</em> : p.value}</td>
                    <td>
                      {p.severity === 'error' ? 'Left out: ' : ''}
                      {p.message}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {g.problems.length > SHOWN && (
            <p className="hint">
              The first {SHOWN} of {g.problems.length} are shown; the downloaded report lists them all.
            </p>
          )}
        </details>
      ))}
    </div>
  );
}
