import type { Problem } from '../story/problem';
import { describeProblem } from '../story/describe';

/** Shown instead of the app when the story cannot be shown: why, and every problem by event and field. */
export function StoryErrors({ message, problems = [] }: { message?: string; problems?: readonly Problem[] }) {
  return (
    <main className="story-errors">
      <h1>This story could not be shown</h1>
      {message && <p>{message}</p>}
      {problems.length > 0 && (
        <>
          <p>The story file has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}:</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <code>{describeProblem(p)}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
