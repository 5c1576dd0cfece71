import type { Problem } from '../story/problem';
import { describeProblem } from '../story/describe';
import { say, type Phrase } from '../i18n/phrase';
import { useT } from '../i18n/react';

/** Shown instead of the app when the story cannot be shown: why, and every problem by event and field. */
/** `reload`: the page itself failed to get the story, so the reader is told what to do. */
export function StoryErrors({ message, problems = [], reload = false }: { message?: Phrase; problems?: readonly Problem[]; reload?: boolean }) {
  const t = useT();
  const why = message && say(t, message).replace(/\.?$/, '.');
  return (
    <main className="story-errors">
      <h1>{t('app.cannotShow')}</h1>
      {why && <p>{reload ? `${why} ${t('app.reload')}` : why}</p>}
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
