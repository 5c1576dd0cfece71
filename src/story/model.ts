import type { z } from 'zod';
import { storySchema, type StoryFile, type StoryEventFile } from './schema';
import { toEventTime, type EventTime } from '../time/edtf';

export interface StoryEvent extends StoryEventFile {
  readonly time: EventTime;
}

export interface Chapter extends Omit<StoryFile['chapters'][number], 'window'> {
  readonly window: EventTime;
}

export interface Story extends Omit<StoryFile, 'events' | 'chapters'> {
  /** Sorted by start, then end, then id: the order of the list and the timeline. */
  readonly events: readonly StoryEvent[];
  readonly byId: ReadonlyMap<string, StoryEvent>;
  readonly chapters: readonly Chapter[];
  /** The span covered by all events. */
  readonly extent: readonly [number, number];
}

export type LoadResult = { ok: true; story: Story } | { ok: false; errors: string[] };

/** "events[6] (chimera-nxp-intrusion) › place.lat: Too big: expected number to be <=90" */
function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const [head, index, ...rest] = issue.path;
  let where = issue.path.join('.');
  if ((head === 'events' || head === 'chapters') && typeof index === 'number') {
    const list = (raw as Record<string, unknown[]>)[head];
    const id = (list?.[index] as { id?: unknown } | undefined)?.id;
    const label = typeof id === 'string' ? ` (${id})` : '';
    where = `${head}[${index}]${label}${rest.length ? ` › ${rest.join('.')}` : ''}`;
  }
  return `${where || 'story'}: ${issue.message}`;
}

export function compareEvents(a: { time: EventTime; id: string }, b: { time: EventTime; id: string }): number {
  return a.time.min - b.time.min || a.time.max - b.time.max || a.id.localeCompare(b.id);
}

/**
 * One literal shape for every event. Copying the parser's objects with a spread left V8
 * with slow property lookups: scanning 100,000 events took ~120 ms instead of ~0.3 ms.
 */
function toStoryEvent(e: StoryEventFile): StoryEvent {
  return {
    id: e.id,
    title: e.title,
    summary: e.summary,
    category: e.category,
    date: e.date,
    time: toEventTime(e.date),
    place: { name: e.place.name, lon: e.place.lon, lat: e.place.lat, precision: e.place.precision, country: e.place.country },
    passage: e.passage,
    verification: e.verification,
    verificationNote: e.verificationNote,
    corrections: e.corrections,
    sources: e.sources,
    actors: e.actors,
  };
}

/** Validates a story file and derives what the app needs from it. Never throws on bad input. */
export function loadStory(raw: unknown): LoadResult {
  const parsed = storySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, raw)) };
  const file = parsed.data;
  const events = file.events.map(toStoryEvent).sort(compareEvents);
  const extent: [number, number] = [Math.min(...events.map((e) => e.time.min)), Math.max(...events.map((e) => e.time.max))];
  return {
    ok: true,
    story: {
      ...file,
      events,
      byId: new Map(events.map((e) => [e.id, e])),
      chapters: file.chapters.map((c) => ({ ...c, window: toEventTime(c.window) })),
      extent,
    },
  };
}

export interface RelatedEvent {
  readonly event: StoryEvent;
  readonly kind: string;
  readonly note?: string;
  /** "out": this event → related; "in": related → this event. */
  readonly direction: 'out' | 'in';
}

export function relatedEvents(story: Story, id: string): RelatedEvent[] {
  const related: RelatedEvent[] = [];
  for (const r of story.relations) {
    const otherId = r.from === id ? r.to : r.to === id ? r.from : null;
    const other = otherId === null ? undefined : story.byId.get(otherId);
    if (other) related.push({ event: other, kind: r.kind, note: r.note, direction: r.from === id ? 'out' : 'in' });
  }
  return related;
}
