import { useEffect, useRef, useState } from 'react';
import type { Story } from '../story/model';
import { chapterFromDigits, chapterMove, targetChapter } from './keys';
import { useT } from '../i18n/react';

export interface PresenterProps {
  story: Story;
  chapter: number;
  onGo(chapter: number): void;
  onSelect(id: string): void;
  onExit(): void;
}

const AUTO_ADVANCE_MS = 12_000;
/** Digits typed closer together than this make one chapter number. */
const DIGIT_PAUSE_MS = 1_000;

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

  const t = useT();
  const [collapsed, setCollapsed] = useState(false);
  useEffect(() => {
    let typed = { text: '', at: 0 };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || ownsKeys(event.target)) return;
      // A chapter's number jumps to it.
      const recent = event.timeStamp - typed.at < DIGIT_PAUSE_MS ? typed.text : '';
      const digits = chapterFromDigits(recent, event.key, count);
      typed = { text: digits.typed, at: event.timeStamp };
      if (digits.chapter !== null) {
        event.preventDefault();
        latest.current.onGo(digits.chapter);
        return;
      }
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
    <section className={collapsed ? 'presenter collapsed' : 'presenter'} aria-label={t('present.label')}>
      <div className="presenter-head">
        <div className="counter-row">
          <p className="counter">{t('present.counter', { chapter: chapter + 1, count })}</p>
          <button type="button" className="collapse" aria-expanded={!collapsed} onClick={() => setCollapsed((c) => !c)}>
            {collapsed ? t('present.show') : t('present.hide')}
          </button>
        </div>
        <div className="progress" aria-hidden="true">
          <span style={{ width: `${((chapter + 1) / count) * 100}%` }} />
        </div>
        <h2 ref={heading} tabIndex={-1}>
          {current.title}
        </h2>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {auto ? t('present.announce', { chapter: chapter + 1, count, title: current.title }) : ''}
      </p>
      {/* The text and events scroll here; the controls below stay in view. */}
      <div className="presenter-body" hidden={collapsed}>
        <p className="chapter-text">{current.text}</p>
        <ul className="chapter-events" aria-label={t('present.events')}>
          {current.events.map((id) => (
            <li key={id}>
              <button type="button" className="link" onClick={() => onSelect(id)}>
                {story.byId.get(id)?.title ?? id}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="deck-controls">
        <button type="button" onClick={() => onGo(chapter - 1)} disabled={chapter === 0}>
          {t('present.previous')}
        </button>
        <button type="button" onClick={() => onGo(chapter + 1)} disabled={chapter === count - 1}>
          {t('present.next')}
        </button>
        <label className="chapter-jump">
          <span className="visually-hidden">{t('present.goTo')}</span>
          <select value={chapter} onChange={(e) => onGo(Number(e.target.value))}>
            {story.chapters.map((c, i) => (
              <option key={i} value={i}>
                {i + 1}. {c.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-pressed={auto} onClick={() => setAuto((a) => !a)}>
          {auto ? t('present.pause') : t('present.auto')}
        </button>
        <button type="button" onClick={onExit}>
          {t('present.exit')}
        </button>
      </div>
    </section>
  );
}
