import fc from 'fast-check';
import { loadStory } from '../../src/story/load';
import type { Story } from '../../src/story/model';
import type { StoryEventFile, StoryFile } from '../../src/story/schema';
import { parseEdtf } from '../../src/time/edtf';

/**
 * Random valid stories for property tests: texts that are already trimmed (every importer trims
 * cells), awkward ones among them (formula-like, accented, quoted, multi-line), valid EDTF dates
 * and intervals, places anywhere but 0, 0 (which the import reads as "no place").
 */

const TRICKY = ['=SUM(A1:A9)', '+31 20 555', '-reported', '@handle', "'=quoted", 'Düsseldorf', 'Øresund', '"Quoted", with comma', 'two\nlines', '-12.5'];

export const text = (maxLength = 24): fc.Arbitrary<string> =>
  fc
    .oneof(
      { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
      { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
    )
    .filter((s) => s.trim() === s && s.replace(/[\s\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g, '') !== '');

const year = fc.integer({ min: 1950, max: 2030 }).map((y) => String(y));
const point = fc
  .tuple(year, fc.option(fc.integer({ min: 1, max: 12 })), fc.option(fc.integer({ min: 1, max: 28 })), fc.constantFrom('', '', '~', '?', '%'))
  .map(([y, m, d, q]) => `${y}${m === null ? '' : `-${String(m).padStart(2, '0')}${d === null ? '' : `-${String(d).padStart(2, '0')}`}`}${q}`);
const season = fc.tuple(year, fc.integer({ min: 21, max: 24 })).map(([y, s]) => `${y}-${s}`);

/** A single date or an interval whose end is not before its start (and not the same text). */
export const edtf: fc.Arbitrary<string> = fc
  .oneof(
    point,
    season,
    fc.tuple(point, point).map(([a, b]) => `${a}/${b}`),
  )
  .filter((d) => {
    const [a, b] = d.split('/');
    return a !== b && parseEdtf(d).ok;
  });

const coordinate = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));

export const CATEGORY_LABELS = ['Raid', 'Cyber attack', 'Überfall', 'Arrest or charge', '=Formula'];
export const COUNTRIES = ['NL', 'DE', 'CN', 'US'];
export const ACTORS = ['MSS', 'Nuctech', 'Fox-IT', 'Ivana Karásková', '@anon', 'Düsseldorf police'];

export interface RandomStoryOptions {
  /** Fields only the story JSON carries: passages, verification, corrections, several sources, chapters. */
  readonly rich: boolean;
}

const place = (rich: boolean) =>
  fc
    .record({
      name: text(),
      lon: coordinate(180),
      lat: coordinate(90),
      precision: fc.constantFrom('address', 'city', 'region', 'country'),
      country: fc.option(fc.constantFrom(...COUNTRIES), { nil: undefined }),
      byName: rich ? fc.option(fc.constant(true as const), { nil: undefined }) : fc.constant(undefined),
    })
    .filter((p) => p.lon !== 0 || p.lat !== 0)
    .map(({ country, byName, ...p }) => ({ ...p, ...(country && { country }), ...(byName && { byName }) }));

const source = fc.record({ url: fc.webUrl({ validSchemes: ['https', 'http'] }), title: text(), publisher: text() });

function eventArb(id: string, rich: boolean): fc.Arbitrary<StoryEventFile> {
  return fc
    .record({
      title: text(40),
      date: edtf,
      category: fc.integer({ min: 0, max: CATEGORY_LABELS.length - 1 }),
      place: fc.option(place(rich), { nil: undefined }),
      summary: fc.option(text(60), { nil: undefined }),
      actors: fc.uniqueArray(
        fc.oneof(
          fc.constantFrom(...ACTORS),
          text(12).filter((a) => !a.includes(';')),
        ),
        { maxLength: 3 },
      ),
      sources: fc.array(source, { maxLength: rich ? 2 : 1 }),
      passage: rich ? fc.option(text(60), { nil: undefined }) : fc.constant(undefined),
      verification: rich ? fc.option(fc.constantFrom('verified', 'partly-verified', 'unverified'), { nil: undefined }) : fc.constant(undefined),
      corrections: rich ? fc.array(fc.record({ claim: text(), finding: text() }), { maxLength: 1 }) : fc.constant<{ claim: string; finding: string }[]>([]),
    })
    .map(({ category, place: p, summary, actors, sources, passage, verification, corrections, ...rest }) => ({
      id,
      ...rest,
      category: `c${category}`,
      ...(p && { place: p }),
      ...(summary && { summary }),
      ...(actors.length > 0 && { actors }),
      ...(sources.length > 0 && { sources }),
      ...(passage && { passage }),
      ...(verification && { verification }),
      ...(corrections.length > 0 && { corrections }),
    }));
}

/** A story file of up to `maxEvents` events, the categories they use and relations between them. */
export function storyFileArb({ rich }: RandomStoryOptions, maxEvents = 12): fc.Arbitrary<StoryFile> {
  return (
    fc
      // A sheet lists related ids with ";" between them, so an id holds none.
      .uniqueArray(
        text(16).filter((id) => !id.includes(';')),
        { minLength: 1, maxLength: maxEvents },
      )
      .chain((ids) =>
        fc.record({
          events: fc.tuple(...ids.map((id) => eventArb(id, rich))),
          relations: fc.uniqueArray(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 4, selector: ([a, b]) => `${a}\u0000${b}` }),
          chapterEvents: rich ? fc.subarray(ids, { minLength: 0 }) : fc.constant<string[]>([]),
          standfirst: fc.option(text(40), { nil: undefined }),
          translated: rich ? fc.boolean() : fc.constant(false),
        }),
      )
      .map(({ events, relations, chapterEvents, standfirst, translated }) => {
        const used = new Set(events.map((e) => e.category));
        return {
          id: 'random-story',
          title: 'A random story',
          ...(standfirst && { standfirst }),
          ...(translated && { translations: { nl: { title: 'Een willekeurig verhaal', categories: { c0: 'Inval', c9: 'Ongebruikt' } } } }),
          credits: 'Property tests.',
          updated: '2024-06-01',
          categories: CATEGORY_LABELS.map((label, i) => ({ id: `c${i}`, label })).filter((c) => used.has(c.id)),
          events: [...events],
          relations: relations.filter(([a, b]) => a !== b).map(([from, to]) => ({ from, to, kind: rich ? 'same operation' : 'related' })),
          chapters: chapterEvents.length
            ? [{ id: 'one', title: 'Chapter one', text: 'What happened.', events: chapterEvents, view: { center: [4.9, 52.4], zoom: 5 }, window: '2019/2020' }]
            : [],
        } satisfies StoryFile;
      })
  );
}

export function loaded(file: StoryFile): Story {
  const result = loadStory(file);
  if (!result.ok || result.problems.length) throw new Error(`random story does not load: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.story;
}

export const storyArb = (options: RandomStoryOptions, maxEvents?: number): fc.Arbitrary<Story> => storyFileArb(options, maxEvents).map(loaded);
