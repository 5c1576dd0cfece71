import { useEffect, useRef, useState } from 'react';
import type { Story } from '../story/model';
import { chapterMove, targetChapter } from './keys';

export interface PresenterProps {
  story: Story;
  chapter: number;
  onGo(chapter: number): void;
  onSelect(id: string): void;
  onExit(): void;
}

const AUTO_ADVANCE_MS = 12_000;

/** Keys typed into these belong to the control, not to the deck. */
function ownsKeys(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el?.closest('input, textarea, select, [role="slider"], dialog'));
}

/** The chapter card and the deck's controls: keys, buttons, counter and auto-advance. */
export function Presenter({ story, chapter, onGo, onSelect, onExit }: PresenterProps) {
  const count = story.chapters.length;
  const current = story.chapters[chapter];
  const heading = useRef<HTMLHeadingElement>(null);
  const [auto, setAuto] = useState(false);
  const latest = useRef({ chapter, onGo, onExit });
  useEffect(() => {
    latest.current = { chapter, onGo, onExit };
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || ownsKeys(event.target)) return;
      // Space on a focused button presses that button; it must not also turn the page.
      if (event.key === ' ' && (event.target as HTMLElement | null)?.closest('button, a')) return;
      const move = chapterMove(event.key, event.shiftKey);
      if (!move) return;
      event.preventDefault();
      if (move === 'exit') latest.current.onExit();
      else latest.current.onGo(targetChapter(move, latest.current.chapter, count));
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [count]);

  // Focus follows the chapter title, so a screen reader announces each new chapter; under
  // auto-advance it stays on the Pause button and a live region announces the chapter instead.
  const autoNow = useRef(auto);
  useEffect(() => {
    autoNow.current = auto;
  });
  useEffect(() => {
    if (!autoNow.current) heading.current?.focus({ preventScroll: true });
  }, [chapter]);

  useEffect(() => {
    if (!auto) return;
    const timer = setTimeout(() => (chapter < count - 1 ? onGo(chapter + 1) : setAuto(false)), AUTO_ADVANCE_MS);
    return () => clearTimeout(timer);
  }, [auto, chapter, count, onGo]);

  if (!current) return null;
  return (
    <section className="presenter" aria-label="Presentation">
      <p className="counter">
        Chapter {chapter + 1} of {count}
      </p>
      <h2 ref={heading} tabIndex={-1}>
        {current.title}
      </h2>
      <p className="chapter-text">{current.text}</p>
      <p className="visually-hidden" aria-live="polite">
        {auto ? `Chapter ${chapter + 1} of ${count}: ${current.title}` : ''}
      </p>
      <ul className="chapter-events" aria-label="Events in this chapter">
        {current.events.map((id) => (
          <li key={id}>
            <button type="button" className="link" onClick={() => onSelect(id)}>
              {story.byId.get(id)?.title ?? id}
            </button>
          </li>
        ))}
      </ul>
      <div className="deck-controls">
        <button type="button" onClick={() => onGo(chapter - 1)} disabled={chapter === 0}>
          ← Previous
        </button>
        <button type="button" onClick={() => onGo(chapter + 1)} disabled={chapter === count - 1}>
          Next →
        </button>
        <button type="button" aria-pressed={auto} onClick={() => setAuto((a) => !a)}>
          {auto ? 'Pause auto-advance' : 'Auto-advance'}
        </button>
        <button type="button" onClick={onExit}>
          Exit presentation
        </button>
      </div>
    </section>
  );
}
