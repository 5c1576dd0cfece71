import { useState } from 'react';
import type { StoredStoryMeta } from './library';
import type { StoryOrigin } from './session';
import { useTranslator } from '../i18n/react';
import { LOCALES } from '../i18n';

export interface StoryListProps {
  /** Null until the bundled story has been opened once. */
  bundledTitle: string | null;
  stories: readonly StoredStoryMeta[];
  origin: StoryOrigin | null;
  onOpenBundled(): void;
  onOpen(key: string): void;
  onDelete(key: string): void;
}

/** The bundled story and the reader's kept imports, newest first. */
export function StoryList({ bundledTitle, stories, origin, onOpenBundled, onOpen, onDelete }: StoryListProps) {
  const isOpen = (key: string) => origin?.kind === 'stored' && origin.key === key;
  // Deleting loses the reader's work (the placed events too), so it takes a second click.
  const [confirming, setConfirming] = useState<string | null>(null);
  const { t, lang } = useTranslator();
  // When the reader imported it, in their own time zone: this is their computer's record, not the story's time.
  const when = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' });
  const bundled = bundledTitle ?? t('stories.bundled');
  return (
    <section aria-labelledby="story-list-heading">
      <h3 id="story-list-heading">{t('stories.yours')}</h3>
      <ul className="story-list">
        <li>
          <span className="story-name">{bundled}</span>
          <span className="story-meta">{t('stories.bundledMeta')}</span>
          <button type="button" onClick={onOpenBundled} disabled={origin?.kind === 'bundled'} aria-label={t('stories.openNamed', { title: bundled })}>
            {origin?.kind === 'bundled' ? t('stories.openNow') : t('stories.open')}
          </button>
        </li>
        {stories.map((s) => (
          <li key={s.key}>
            <span className="story-name">{s.title}</span>
            <span className="story-meta">
              {t('stories.storedMeta', { name: s.name, events: t('core.events', { count: s.events }), when: when.format(new Date(s.savedAt)) })}
            </span>
            <button type="button" onClick={() => onOpen(s.key)} disabled={isOpen(s.key)} aria-label={t('stories.openStored', { title: s.title, name: s.name })}>
              {isOpen(s.key) ? t('stories.openNow') : t('stories.open')}
            </button>
            {confirming === s.key ? (
              <span className="confirm" role="group" aria-label={t('stories.deleteConfirm', { title: s.title })}>
                <button type="button" onClick={() => onDelete(s.key)} aria-label={t('stories.yesDeleteNamed', { title: s.title, name: s.name })}>
                  {t('stories.yesDelete')}
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  {t('stories.keep')}
                </button>
              </span>
            ) : (
              <button type="button" onClick={() => setConfirming(s.key)} aria-label={t('stories.deleteNamed', { title: s.title, name: s.name })}>
                {t('stories.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {stories.length === 0 && <p className="hint">{t('stories.noneKept')}</p>}
    </section>
  );
}
