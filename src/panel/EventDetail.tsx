import { useEffect, useRef, type ReactNode } from 'react';
import { relatedEvents, type Story, type StoryEvent } from '../story/model';
import type { CategoryStyle } from '../symbols/palette';
import { markerVariant } from '../symbols/variant';
import { describePrecision, formatEventTime } from '../time/format';
import { Swatch } from './Swatch';
import { NOT_ON_MAP, PLACE_PRECISION_WORDS, VERIFICATION_WORDS } from './words';
import { focusInPlace } from '../app/focusInPlace';

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
        <button type="button" className="close" onClick={onClose} aria-label="Close event details">
          ×
        </button>
      </div>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {event.title}
      </h2>
      {event.summary && <p className="summary">{event.summary}</p>}
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {formatEventTime(event.time)}
          <span className="precision">{describePrecision(event.time)}</span>
        </dd>
        <dt>Where</dt>
        <dd>
          {event.place ? event.place.name : NOT_ON_MAP}
          {event.place && (
            <span className="precision">
              {PLACE_PRECISION_WORDS[event.place.precision]}
              {event.place.byName && ', placed by name'}
            </span>
          )}
        </dd>
        {event.actors.length > 0 && (
          <>
            <dt>Who</dt>
            <dd>{event.actors.join(', ')}</dd>
          </>
        )}
      </dl>

      {event.passage && (
        <section aria-labelledby={`${titleId}-article`}>
          <h3 id={`${titleId}-article`}>What the article says</h3>
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
                Checked against other reporting: <span className="badge">{VERIFICATION_WORDS[event.verification]}</span>
              </>
            ) : (
              'Sources and notes'
            )}
          </h3>
          {event.verificationNote && <p>{event.verificationNote}</p>}
          {event.corrections.length > 0 ? (
            <ul className="corrections">
              {event.corrections.map((c, i) => (
                <li key={i}>
                  <p className="claim">
                    <span className="label">The article:</span> {c.claim}
                  </p>
                  <p className="finding">
                    <span className="label">Other reporting:</span> {c.finding}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            event.verification && <p>No errors found in the article's account of this event.</p>
          )}
          {event.sources.length > 0 && (
            <>
              <h4>Sources</h4>
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
          <h3 id={`${titleId}-related`}>Related events</h3>
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
  const self = <span className="relation-self">{direction === 'out' ? 'This event' : 'this event'}</span>;
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
