import { bench, describe } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { buildStory, buildStoryInSlices, type Story } from '../../src/story/model';
import { loadStory } from '../../src/story/load';
import { visibleEvents } from '../../src/state/filter';
import { countByCategory } from '../../src/state/selectors';
import { inWindowFilter } from '../../src/map/style';
import { eventFeatures } from '../../src/map/features';
import { ringOffsets } from '../../src/map/offsets';
import { offscreenGroups } from '../../src/map/offscreen';
import { densityBins } from '../../src/timeline/density';
import { layoutMarks } from '../../src/timeline/layout';
import { syntheticStory } from './synthetic';
import { indexOf, windowIndex } from '../../src/time/windowIndex';
import { overlapsWindow } from '../../src/time/window';
import { denseAttributes, densePoints } from '../../src/map/denseEvents';
import { densityCells } from '../../src/map/staticDensity';

// What one step of a scrub costs with 100,000 events, beside what is done once at load.
// Compare the ratios between lines of one run; absolute times depend on the machine.
const N = 100_000;
const raw = syntheticStory(N);
const result = loadStory(raw);
if (!result.ok)
  throw new Error(
    result.problems
      .slice(0, 3)
      .map((p) => `${p.field}: ${p.message}`)
      .join('\n'),
  );
const story: Story = result.story;
const points = story.placed.map((e) => ({ id: e.id, lon: e.place.lon, lat: e.place.lat }));
const window = { start: Date.UTC(2016, 0, 1), end: Date.UTC(2017, 0, 1) };
const filters = { hiddenCategories: new Set<string>(['raid']) };
const x = scaleUtc().domain(story.extent).range([0, 1200]);
const lanes = story.categories.map((c) => c.id);
const features = eventFeatures(story.placed, ringOffsets(story.placed)).features;
const cellPoints = story.placed.map((e) => ({ x: (e.place.lon + 180) * 20, y: (90 - e.place.lat) * 20, category: e.category }));
const filter = featureFilter(inWindowFilter(window, filters.hiddenCategories), 'filter');

describe(`once per load, ${N.toLocaleString('en')} events`, () => {
  bench('validate and load the story (zod + EDTF)', () => void loadStory(raw), { iterations: 3 });
  bench('build a checked story without checking again (the bundled default)', () => void buildStory(result.file), { iterations: 3 });
  bench('build the map features', () => void eventFeatures(story.placed, ringOffsets(story.placed)), { iterations: 5 });
  bench('lay out one timeline mark per event', () => void layoutMarks(story.events, x, lanes), { iterations: 5 });
  bench('build a checked story in slices (an import)', async () => void (await buildStoryInSlices(result.file, async () => {})), { iterations: 3 });
  bench('index the events by time (first window asked of a story)', () => void windowIndex(story.events), { iterations: 5 });
  bench("the dense layer's columns and vertex attributes", () => void denseAttributes(densePoints(story.placed, new Map())), { iterations: 5 });
});

describe(`per scrub step, ${N.toLocaleString('en')} events`, () => {
  bench('filter the events for the list and count', () => void visibleEvents(story.events, window, filters));
  bench(
    'filter them by a scan, as before the time index',
    () => void story.events.filter((e) => !filters.hiddenCategories.has(e.category) && overlapsWindow(e.time, window)),
  );
  bench('count the events in the window by bisection (the dense layer)', () => void indexOf(story.placed)?.countInWindow(window));
  bench('static map: cells of 100,000 points', () => void densityCells(cellPoints, 12));
  bench('group the events outside a view of the Netherlands by direction', () => void offscreenGroups(points, { west: 2, south: 49, east: 8, north: 54 }));
  bench('count events per category for the legend', () => void countByCategory(story, window));
  bench('density bins for the timeline (when zoomed)', () => void densityBins(story.events, x, 1200, lanes, (e) => e.category));
  bench('build the GPU-side filter expression', () => void inWindowFilter(window, filters.hiddenCategories));
  bench('evaluate that filter on every feature (worst case for the map worker)', () => {
    for (const f of features) filter.filter({ zoom: 5 }, { type: 1, properties: f.properties as unknown as Record<string, unknown>, geometry: [] } as never);
  });
});
