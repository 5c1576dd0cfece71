import type { Problem } from '../story/problem';
import { describeProblem } from '../story/describe';
import { say, type Phrase } from '../i18n/phrase';
import { useT } from '../i18n/react';

/** Shown instead of the app when the story cannot be shown: why, and every problem by event and field. */
export function StoryErrors({ message, problems = [] }: { message?: Phrase; problems?: readonly Problem[] }) {
  const t = useT();
  return (
    <main className="story-errors">
      <h1>{t('app.cannotShow')}</h1>
      {message && <p>{say(t, message)}</p>}
      {problems.length > 0 && (
        <>
          <p>{t('app.fileProblems', { count: problems.length })}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <code>{describeProblem(p, t)}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
