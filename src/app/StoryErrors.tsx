/** Shown instead of the app when the story file is invalid: every problem, by event and field. */
export function StoryErrors({ errors }: { errors: readonly string[] }) {
  return (
    <main className="story-errors">
      <h1>This story could not be shown</h1>
      <p>The story file has {errors.length === 1 ? 'a problem' : `${errors.length} problems`}:</p>
      <ul>
        {errors.map((e) => (
          <li key={e}>
            <code>{e}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
