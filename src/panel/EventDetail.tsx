import { useEffect, useRef, type ReactNode } from 'react';
import { relatedEvents, type Story, type StoryEvent } from '../story/model';
import type { CategoryStyle } from '../symbols/palette';
import { markerVariant } from '../symbols/variant';
import { describePrecision, formatEventTime } from '../time/format';
import { Swatch } from './Swatch';
import { focusInPlace } from '../app/focusInPlace';
import { useTranslator, useT } from '../i18n/react';

export interface EventDetailProps {
  story: Story;
  event: StoryEvent;
  style: CategoryStyle | undefined;
  /** False when the event was opened by a link, so loading the page does not move focus. */
  focusOnOpen: boolean;
  onSelect(id: string): void;
  onClose(): void;
}

export function EventDetail({ story, event, style, focusOnOpen, onSelect, onClose }: EventDetailProps) {
  const { t, lang } = useTranslator();
  const heading = useRef<HTMLHeadingElement>(null);
  // Whatever had focus before the first event opened (a list item, a mark), to return to on close.
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    return () => {
      const back = opener.current;
      const lost = document.activeElement === document.body || document.activeElement === null;
      if (lost && (back instanceof HTMLElement || back instanceof SVGElement) && back.isConnected) focusInPlace(back);
    };
  }, []);
  useEffect(() => {
    // Move focus to the newly opened event, so keyboard and screen-reader users land on it.
    // Focus also scrolls the panel (or the sheet) to the event's title, never the host page.
    if (focusOnOpen && heading.current) focusInPlace(heading.current);
  }, [event.id, focusOnOpen]);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    // Escape closes the event wherever focus is, unless something inside (a dialog, the map) used it.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !(e.target as Element | null)?.closest?.('dialog')) close.current();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  const related = relatedEvents(story, event.id);
  const titleId = `event-title-${event.id}`;

  return (
    <article className="event-detail" aria-labelledby={titleId}>
      <div className="detail-head">
        <p className="category">
          {style && <Swatch style={style} variant={markerVariant(event.place?.precision ?? 'address')} />} {style?.label ?? event.category}
        </p>
        <button type="button" className="close" onClick={onClose} aria-label={t('panel.closeDetail')}>
          ×
        </button>
      </div>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {event.title}
      </h2>
      {event.summary && <p className="summary">{event.summary}</p>}
      <dl className="facts">
        <dt>{t('panel.when')}</dt>
        <dd>
          {formatEventTime(event.time, lang)}
          <span className="precision">{describePrecision(event.time, lang)}</span>
        </dd>
        <dt>{t('panel.where')}</dt>
        <dd>
          {event.place ? event.place.name : t('panel.notOnMap')}
          {event.place && (
            <span className="precision">
              {t(`panel.place.${event.place.precision}`)}
              {event.place.byName && t('panel.placedByName')}
            </span>
          )}
        </dd>
        {event.actors.length > 0 && (
          <>
            <dt>{t('panel.who')}</dt>
            <dd>{event.actors.join(', ')}</dd>
          </>
        )}
      </dl>

      {event.passage && (
        <section aria-labelledby={`${titleId}-article`}>
          <h3 id={`${titleId}-article`}>{t('panel.articleSays')}</h3>
          <blockquote className="passage">
            {event.passage.split(' [...] ').map((part, i) => (
              <p key={i}>
                {i > 0 && <span className="elision">[…] </span>}
                {part}
              </p>
            ))}
          </blockquote>
        </section>
      )}

      {(event.verification || event.verificationNote || event.corrections.length > 0 || event.sources.length > 0) && (
        <section aria-labelledby={`${titleId}-check`} className={`verification ${event.verification ?? 'none'}`}>
          <h3 id={`${titleId}-check`}>
            {event.verification ? (
              <>
                {t('panel.checked')} <span className="badge">{t(`panel.verification.${event.verification}`)}</span>
              </>
            ) : (
              t('panel.sourcesAndNotes')
            )}
          </h3>
          {event.verificationNote && <p>{event.verificationNote}</p>}
          {event.corrections.length > 0 ? (
            <ul className="corrections">
              {event.corrections.map((c, i) => (
                <li key={i}>
                  <p className="claim">
                    <span className="label">{t('panel.theArticle')}</span> {c.claim}
                  </p>
                  <p className="finding">
                    <span className="label">{t('panel.otherReporting')}</span> {c.finding}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            event.verification && <p>{t('panel.noErrors')}</p>
          )}
          {event.sources.length > 0 && (
            <>
              <h4>{t('panel.sources')}</h4>
              <ul className="sources">
                {event.sources.map((s) => (
                  <li key={s.url}>
                    <a href={s.url} target="_blank" rel="noopener noreferrer">
                      {s.title}
                    </a>{' '}
                    <span className="publisher">— {s.publisher}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {related.length > 0 && (
        <section aria-labelledby={`${titleId}-related`}>
          <h3 id={`${titleId}-related`}>{t('panel.related')}</h3>
          <ul className="related">
            {related.map((r) => (
              <li key={`${r.event.id}-${r.kind}`}>
                <RelationSentence kind={r.kind} direction={r.direction}>
                  <button type="button" className="link" onClick={() => onSelect(r.event.id)}>
                    {r.event.title}
                  </button>
                </RelationSentence>
                {r.note && <p className="note">{r.note}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/**
 * Every relation in one pattern, "from — kind — to", with this event named as such:
 * "This event — led to — X", "X — exposed — this event", "This event — same actor — X".
 */
function RelationSentence({ kind, direction, children }: { kind: string; direction: 'in' | 'out'; children: ReactNode }) {
  const t = useT();
  const self = <span className="relation-self">{direction === 'out' ? t('panel.thisEventStart') : t('panel.thisEvent')}</span>;
  const link = <span className="relation-kind"> — {kind} — </span>;
  return direction === 'out' ? (
    <>
      {self}
      {link}
      {children}
    </>
  ) : (
    <>
      {children}
      {link}
      {self}
    </>
  );
}
