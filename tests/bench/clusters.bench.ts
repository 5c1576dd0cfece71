import { bench, describe } from 'vitest';
import { loadStory } from '../../src/story/load';
import { isPlaced } from '../../src/story/model';
import { visibleEvents } from '../../src/state/filter';
import { clusterFeatures } from '../../src/map/clusterFeatures';
import { syntheticStory } from './synthetic';

// What the clusters cost when a window settles: above LIVE_LIMIT (src/map/useClusters.ts) this runs
// once per settled window, not per frame. Compare with the lines of scale.bench.ts.
const result = loadStory(syntheticStory(100_000));
if (!result.ok) throw new Error('the synthetic story does not load');
const events = result.story.placed;
const none = { hiddenCategories: new Set<string>() };
const year = visibleEvents(events, { start: Date.UTC(2016, 0, 1), end: Date.UTC(2017, 0, 1) }, none).filter(isPlaced);
const small = events.slice(0, 2000);

describe('clusters for every zoom, once per settled window', () => {
  bench(`${events.length.toLocaleString('en')} shown events`, () => void clusterFeatures(events, new Map()), { iterations: 3 });
  bench(`${year.length.toLocaleString('en')} shown events (one year's window)`, () => void clusterFeatures(year, new Map()), { iterations: 5 });
  bench('2,000 shown events (LIVE_LIMIT: reclustered every frame)', () => void clusterFeatures(small, new Map()), { iterations: 20 });
});
