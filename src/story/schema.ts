import { z } from 'zod';
import { parseEdtf } from '../time/edtf';
import { LIMITS, hasLoneSurrogate, isBlank } from './text';
import { LANGS, type Lang } from '../i18n/lang';

/**
 * The story file format, in two strengths. The core is what any events-on-a-map story
 * needs (id, title, date, category, a place or none); imported stories are checked
 * against it, one event at a time, and keep their ids as given. The authored format of
 * the bundled stories adds slugs, passages, verification and sources, as the build
 * check has always wanted. Cross-references are checked in load.ts.
 */

// No `new Function` probe: a strict Content-Security-Policy reports it as an eval.
z.config({ jitless: true });

export const PLACE_PRECISIONS = ['address', 'city', 'region', 'country'] as const;
export const VERIFICATIONS = ['verified', 'partly-verified', 'unverified'] as const;

const text = (max: number) =>
  z
    .string()
    .max(max, `is longer than ${max} characters`)
    .refine((s) => !hasLoneSurrogate(s), 'contains a broken character (a lone surrogate)');
/** Text a reader must see: not empty, not only spaces or zero-width characters. */
const label = (max: number) => text(max).refine((s) => !isBlank(s), 'is blank');

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "nxp-hack"');

const edtf = z
  .string()
  .max(100, 'is longer than 100 characters')
  .superRefine((value, ctx) => {
    const result = parseEdtf(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error, params: { phrase: result.phrase } });
  });

const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "NL"');

const place = z.object({
  name: label(LIMITS.label),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  precision: z.enum(PLACE_PRECISIONS),
  country: country.optional(),
  /** Placed from its name by a gazetteer, not by coordinates in the file. */
  byName: z.literal(true).optional(),
});

const source = z.object({
  url: z.url({ protocol: /^https?$/ }).max(LIMITS.url),
  title: label(LIMITS.title),
  publisher: label(LIMITS.label),
  date: edtf.optional(),
});

const correction = z.object({
  claim: label(LIMITS.note).describe('what the article says'),
  finding: label(LIMITS.note).describe('what other reporting establishes'),
});

/** One event of any story. `place: null` (or no place) means not on the map. */
export const eventSchema = z.object({
  id: label(LIMITS.id),
  title: label(LIMITS.title),
  date: edtf,
  category: label(LIMITS.id),
  place: place.nullable().optional(),
  summary: text(LIMITS.summary).optional(),
  passage: text(LIMITS.passage).optional(),
  verification: z.enum(VERIFICATIONS).optional(),
  verificationNote: text(LIMITS.note).optional(),
  corrections: z.array(correction).max(LIMITS.list).optional(),
  sources: z.array(source).max(LIMITS.list).optional(),
  actors: z.array(label(LIMITS.label)).max(LIMITS.list).optional(),
});

/** An event of an authored story: everything the fact-checked bundled story promises its reader. */
export const authoredEventSchema = eventSchema.extend({
  id: slug,
  title: label(120),
  category: slug,
  place: place.extend({ country }),
  summary: label(600),
  passage: label(LIMITS.passage).describe('the article passage, verbatim; "[...]" joins non-adjacent parts'),
  verification: z.enum(VERIFICATIONS),
  corrections: z.array(correction).max(LIMITS.list),
  sources: z.array(source).max(LIMITS.list),
  actors: z.array(label(LIMITS.label)).max(LIMITS.list),
});

export const relationSchema = z.object({
  from: label(LIMITS.id),
  to: label(LIMITS.id),
  kind: label(LIMITS.label),
  note: text(LIMITS.note).optional(),
});

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

const mapView = z.object({
  center: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  zoom: z.number().min(0).max(22),
});

export const chapterSchema = z.object({
  id: label(LIMITS.id),
  title: label(LIMITS.title),
  text: label(LIMITS.summary),
  events: z.array(label(LIMITS.id)).min(1),
  view: mapView,
  window: edtf,
});

export const authoredChapterSchema = chapterSchema.extend({ id: slug, events: z.array(slug).min(1) });

const category = z.object({ id: label(LIMITS.id), label: label(LIMITS.label) });

/**
 * The story's own words in another language: title, standfirst, category labels by id, chapter
 * titles and texts by chapter id, and relation kinds by the kind as written. Anything left out
 * shows as written. Events, passages and sources are never translated: they are the record.
 */
const storyTranslation = z.object({
  title: label(LIMITS.title).optional(),
  standfirst: text(LIMITS.summary).optional(),
  credits: text(LIMITS.note).optional(),
  categories: z.record(label(LIMITS.id), label(LIMITS.label)).optional(),
  chapters: z.record(label(LIMITS.id), z.object({ title: label(LIMITS.title), text: label(LIMITS.summary) })).optional(),
  relationKinds: z.record(label(LIMITS.label), label(LIMITS.label)).optional(),
});
const translations = z.object(
  Object.fromEntries(LANGS.map((lang) => [lang, storyTranslation.optional()])) as Record<Lang, z.ZodOptional<typeof storyTranslation>>,
);

/** The story around its events; events, relations and chapters are checked one by one. */
export const envelopeSchema = z.object({
  id: label(LIMITS.id),
  title: label(LIMITS.title),
  standfirst: text(LIMITS.summary).optional(),
  article: z.object({ title: label(LIMITS.title), publisher: label(LIMITS.label), date: edtf, note: text(LIMITS.note).optional() }).optional(),
  credits: text(LIMITS.note).optional(),
  updated: z.iso.date().optional(),
  /** Where the map opens: south-west and north-east corners. Without it, the box around the events. */
  home: z.tuple([lonLat, lonLat]).optional(),
  categories: z.array(category),
  events: z.array(z.unknown()),
  relations: z.array(z.unknown()).optional(),
  chapters: z.array(z.unknown()).optional(),
  translations: translations.strict().optional(),
});

export const authoredEnvelopeSchema = envelopeSchema.extend({
  id: slug,
  standfirst: label(LIMITS.summary),
  article: envelopeSchema.shape.article.unwrap(),
  credits: label(LIMITS.note),
  updated: z.iso.date(),
  categories: z.array(category.extend({ id: slug })).min(1),
  events: z.array(z.unknown()).min(1),
  relations: z.array(z.unknown()),
  chapters: z.array(z.unknown()),
});

export type StoryEventFile = z.infer<typeof eventSchema>;
export type PlaceFile = z.infer<typeof place>;
export type SourceFile = z.infer<typeof source>;
export type CorrectionFile = z.infer<typeof correction>;
export type RelationFile = z.infer<typeof relationSchema>;
export type ChapterFile = z.infer<typeof chapterSchema>;
export type CategoryFile = z.infer<typeof category>;
export type StoryTranslation = z.infer<typeof storyTranslation>;
export type ArticleFile = NonNullable<z.infer<typeof envelopeSchema>['article']>;

/** The app's story JSON, as importers write it and as the bundled stories are stored. */
export interface StoryFile extends Omit<z.infer<typeof envelopeSchema>, 'events' | 'relations' | 'chapters'> {
  events: StoryEventFile[];
  relations?: RelationFile[];
  chapters?: ChapterFile[];
}

export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];
export type Verification = (typeof VERIFICATIONS)[number];
export type MapView = z.infer<typeof mapView>;
