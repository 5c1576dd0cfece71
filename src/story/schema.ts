import { z } from 'zod';
import { parseEdtf } from '../time/edtf';

/**
 * The story file format. This schema is the single definition of a valid story:
 * the Vite build, the unit tests and the app all validate with it.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "nxp-hack"');

const edtf = z.string().superRefine((value, ctx) => {
  const result = parseEdtf(value);
  if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error });
});

export const PLACE_PRECISIONS = ['address', 'city', 'region', 'country'] as const;
export const VERIFICATIONS = ['verified', 'partly-verified', 'unverified'] as const;

const place = z.object({
  name: z.string().min(1),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  precision: z.enum(PLACE_PRECISIONS),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "NL"'),
});

const source = z.object({
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: edtf.optional(),
});

const correction = z.object({
  claim: z.string().min(1).describe('what the article says'),
  finding: z.string().min(1).describe('what other reporting establishes'),
});

const event = z.object({
  id: slug,
  title: z.string().min(1).max(120),
  summary: z.string().min(1).max(600),
  category: slug,
  date: edtf,
  place,
  passage: z.string().min(1).describe('the article passage, verbatim; "[...]" joins non-adjacent parts'),
  verification: z.enum(VERIFICATIONS),
  verificationNote: z.string().optional(),
  corrections: z.array(correction),
  sources: z.array(source),
  actors: z.array(z.string().min(1)),
});

const relation = z.object({
  from: slug,
  to: slug,
  kind: z.string().min(1),
  note: z.string().optional(),
});

const category = z.object({
  id: slug,
  label: z.string().min(1),
});

const mapView = z.object({
  center: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  zoom: z.number().min(0).max(22),
});

const chapter = z.object({
  id: slug,
  title: z.string().min(1),
  text: z.string().min(1),
  events: z.array(slug).min(1),
  view: mapView,
  window: edtf,
});

export const storySchema = z
  .object({
    id: slug,
    title: z.string().min(1),
    standfirst: z.string().min(1),
    article: z.object({
      title: z.string().min(1),
      publisher: z.string().min(1),
      date: edtf,
      note: z.string().optional(),
    }),
    credits: z.string().min(1),
    updated: z.iso.date(),
    categories: z.array(category).min(1),
    events: z.array(event).min(1),
    relations: z.array(relation),
    chapters: z.array(chapter),
  })
  .superRefine((story, ctx) => {
    const ids = new Set<string>();
    story.events.forEach((e, i) => {
      if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: ['events', i, 'id'], message: `duplicate event id "${e.id}"` });
      ids.add(e.id);
    });
    const categories = new Set(story.categories.map((c) => c.id));
    story.events.forEach((e, i) => {
      if (!categories.has(e.category)) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'category'], message: `unknown category "${e.category}"` });
      }
    });
    story.relations.forEach((r, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!ids.has(r[end])) ctx.addIssue({ code: 'custom', path: ['relations', i, end], message: `unknown event "${r[end]}"` });
      }
    });
    story.chapters.forEach((c, i) => {
      c.events.forEach((id, j) => {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['chapters', i, 'events', j], message: `unknown event "${id}"` });
      });
    });
  });

export type StoryFile = z.infer<typeof storySchema>;
export type StoryEventFile = StoryFile['events'][number];
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];
export type Verification = (typeof VERIFICATIONS)[number];
export type MapView = z.infer<typeof mapView>;
