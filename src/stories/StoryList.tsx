import { useState } from 'react';
import type { StoredStoryMeta } from './library';
import type { StoryOrigin } from './session';
import { plural } from '../panel/words';

export interface StoryListProps {
  /** Null until the bundled story has been opened once. */
  bundledTitle: string | null;
  stories: readonly StoredStoryMeta[];
  origin: StoryOrigin | null;
  onOpenBundled(): void;
  onOpen(key: string): void;
  onDelete(key: string): void;
}

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The bundled story and the reader's kept imports, newest first. */
export function StoryList({ bundledTitle, stories, origin, onOpenBundled, onOpen, onDelete }: StoryListProps) {
  const isOpen = (key: string) => origin?.kind === 'stored' && origin.key === key;
  // Deleting loses the reader's work (the placed events too), so it takes a second click.
  const [confirming, setConfirming] = useState<string | null>(null);
  const bundled = bundledTitle ?? 'The bundled story';
  return (
    <section aria-labelledby="story-list-heading">
      <h3 id="story-list-heading">Your stories</h3>
      <ul className="story-list">
        <li>
          <span className="story-name">{bundled}</span>
          <span className="story-meta">The story this app was published with</span>
          <button type="button" onClick={onOpenBundled} disabled={origin?.kind === 'bundled'} aria-label={`Open ${bundled}`}>
            {origin?.kind === 'bundled' ? 'Open now' : 'Open'}
          </button>
        </li>
        {stories.map((s) => (
          <li key={s.key}>
            <span className="story-name">{s.title}</span>
            <span className="story-meta">
              {s.name}, {plural(s.events, 'event')}, imported {when.format(new Date(s.savedAt))}
            </span>
            <button type="button" onClick={() => onOpen(s.key)} disabled={isOpen(s.key)} aria-label={`Open ${s.title} (${s.name})`}>
              {isOpen(s.key) ? 'Open now' : 'Open'}
            </button>
            {confirming === s.key ? (
              <span className="confirm" role="group" aria-label={`Delete ${s.title} for good?`}>
                <button type="button" onClick={() => onDelete(s.key)} aria-label={`Yes, delete ${s.title} (${s.name})`}>
                  Yes, delete
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  Keep it
                </button>
              </span>
            ) : (
              <button type="button" onClick={() => setConfirming(s.key)} aria-label={`Delete ${s.title} (${s.name})`}>
                Delete
              </button>
            )}
          </li>
        ))}
      </ul>
      {stories.length === 0 && <p className="hint">Stories you import are kept here, in this browser only.</p>}
    </section>
  );
}
