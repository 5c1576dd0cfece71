import { max, min } from 'd3-array';
import type {
  ArticleFile,
  CategoryFile,
  CorrectionFile,
  MapView,
  PlacePrecision,
  RelationFile,
  SourceFile,
  StoryEventFile,
  StoryFile,
  Verification,
} from './schema';
import { toEventTime, type EventTime } from '../time/edtf';
import { placedBox, type LonLatBox } from './home';

/**
 * The story as the app reads it: every optional field of the file filled with an empty
 * value ([] or null), times parsed, events sorted and indexed. No zod here: the main
 * chunk builds stories that were validated elsewhere (at build time, or in the worker).
 */

export interface Place {
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  readonly precision: PlacePrecision;
  /** ISO 3166-1 alpha-2, when known. */
  readonly country: string | null;
  /** Placed from its name by a gazetteer rather than by coordinates. */
  readonly byName: boolean;
}

export interface StoryEvent {
  readonly id: string;
  readonly title: string;
  readonly category: string;
  /** The EDTF text, as given. */
  readonly date: string;
  readonly time: EventTime;
  /** null: not on the map (the timeline and the list still show it). */
  readonly place: Place | null;
  readonly summary: string | null;
  readonly passage: string | null;
  readonly verification: Verification | null;
  readonly verificationNote: string | null;
  readonly corrections: readonly CorrectionFile[];
  readonly sources: readonly SourceFile[];
  readonly actors: readonly string[];
}

/** An event with a place: what the map draws. */
export interface PlacedEvent extends StoryEvent {
  readonly place: Place;
}

export const isPlaced = (e: StoryEvent): e is PlacedEvent => e.place !== null;

export interface Chapter {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly events: readonly string[];
  readonly view: MapView;
  readonly window: EventTime;
}

export interface Story {
  readonly id: string;
  readonly title: string;
  readonly standfirst: string | null;
  readonly article: ArticleFile | null;
  readonly credits: string | null;
  readonly updated: string | null;
  /** Where the map opens: the story's own home view, or the box around its placed events. */
  readonly home: LonLatBox;
  readonly categories: readonly CategoryFile[];
  /** Sorted by start, then end, then id: the order of the list and the timeline. */
  readonly events: readonly StoryEvent[];
  readonly byId: ReadonlyMap<string, StoryEvent>;
  /** The events with a place, in the same order: the map's. */
  readonly placed: readonly PlacedEvent[];
  readonly relations: readonly RelationFile[];
  readonly chapters: readonly Chapter[];
  /** The span covered by all events ([0, 0] for a story without any). */
  readonly extent: readonly [number, number];
  /** The story's own words in other languages; see translated.ts. */
  readonly translations: StoryFile['translations'] | null;
}

export function compareEvents(a: { time: EventTime; id: string }, b: { time: EventTime; id: string }): number {
  return a.time.min - b.time.min || a.time.max - b.time.max || a.id.localeCompare(b.id);
}

const NONE: readonly never[] = [];
const textOrNull = (text: string | undefined): string | null => (text === undefined || text.trim() === '' ? null : text);

/**
 * One literal shape for every event. Copying the parser's objects with a spread left V8
 * with slow property lookups: scanning 100,000 events took ~120 ms instead of ~0.3 ms.
 */
function toStoryEvent(e: StoryEventFile): StoryEvent {
  const p = e.place;
  return {
    id: e.id,
    title: e.title,
    category: e.category,
    date: e.date,
    time: toEventTime(e.date),
    place: p ? { name: p.name, lon: p.lon, lat: p.lat, precision: p.precision, country: p.country ?? null, byName: p.byName === true } : null,
    summary: textOrNull(e.summary),
    passage: textOrNull(e.passage),
    verification: e.verification ?? null,
    verificationNote: textOrNull(e.verificationNote),
    corrections: e.corrections ?? NONE,
    sources: e.sources ?? NONE,
    actors: e.actors ?? NONE,
  };
}

/**
 * Builds the model from a story file that has already been validated (see loadStory in
 * load.ts). It does not check anything again; a relation to an unknown event is ignored.
 */
export function buildStory(file: StoryFile): Story {
  return assembleStory(file, file.events.map(toStoryEvent).sort(compareEvents));
}

function assembleStory(file: StoryFile, events: StoryEvent[]): Story {
  const placed = events.filter(isPlaced);
  return {
    id: file.id,
    title: file.title,
    standfirst: textOrNull(file.standfirst),
    article: file.article ?? null,
    credits: textOrNull(file.credits),
    updated: file.updated ?? null,
    home: file.home ?? placedBox(placed),
    categories: file.categories,
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    placed,
    relations: file.relations ?? NONE,
    chapters: (file.chapters ?? NONE).map((c) => ({ ...c, window: toEventTime(c.window) })),
    extent: [min(events, (e) => e.time.min) ?? 0, max(events, (e) => e.time.max) ?? 0],
    translations: file.translations ?? null,
  };
}

/** Merges the sorted runs from[lo, mid) and from[mid, hi) into to[lo, hi), stably. */
function mergeRuns(from: Uint32Array, to: Uint32Array, lo: number, mid: number, hi: number, before: (a: number, b: number) => number) {
  let [i, j, k] = [lo, mid, lo];
  while (i < mid && j < hi) to[k++] = before(from[j], from[i]) < 0 ? from[j++] : from[i++];
  while (i < mid) to[k++] = from[i++];
  while (j < hi) to[k++] = from[j++];
}

/** Events built per slice by buildStoryInSlices: a slice takes a few tens of milliseconds. */
const SLICE = 10_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * buildStory for a large file without holding the page: the events are built a slice at a
 * time with `pause` between, and sorted by numeric keys rather than by comparing objects.
 */
export async function buildStoryInSlices(file: StoryFile, pause: () => Promise<void> = nextTask): Promise<Story> {
  const n = file.events.length;
  const built: StoryEvent[] = new Array<StoryEvent>(n);
  for (let i = 0; i < n; i += SLICE) {
    for (let j = i; j < Math.min(n, i + SLICE); j++) built[j] = toStoryEvent(file.events[j]);
    await pause();
  }
  const mins = Float64Array.from(built, (e) => e.time.min);
  const maxima = Float64Array.from(built, (e) => e.time.max);
  const before = (a: number, b: number) => mins[a] - mins[b] || maxima[a] - maxima[b] || built[a].id.localeCompare(built[b].id);
  // A merge sort whose runs and passes each fit in a task: one sort of 100,000 took ~0.2 s.
  let order = Uint32Array.from(built, (_, i) => i);
  for (let i = 0; i < n; i += SLICE) order.subarray(i, i + SLICE).sort(before);
  await pause();
  for (let run = SLICE; run < n; run *= 2) {
    const next = new Uint32Array(n);
    for (let lo = 0; lo < n; lo += 2 * run) mergeRuns(order, next, lo, Math.min(lo + run, n), Math.min(lo + 2 * run, n), before);
    order = next;
    await pause();
  }
  return assembleStory(
    file,
    Array.from(order, (i) => built[i]),
  );
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
