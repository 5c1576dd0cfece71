import { max } from 'd3-array';
import { summarise } from './stats';
import type { Report } from './report';
import { BARE_PAGE, payloadBytes, ratios, spread, fileName } from './report';

interface Target {
  readonly target: string;
  readonly measured: string;
  /** null: could not be measured in this run. */
  readonly met: boolean | null;
}

const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : '**not met**');

/** Issue 11's targets, each with what this run measured. */
export function targets(report: Report): string {
  const { local, link } = report.startup;
  const list: Target[] = [];
  const story = local['default story'];
  const payload = story ? payloadBytes(story[0]) : NaN;
  list.push({
    target: 'Payload of the default story ≤ 650 kB gzip, everything included',
    measured: `${(payload / 1000).toFixed(1)} kB`,
    met: payload <= 650_000,
  });
  for (const name of ['default story', '10,000 events']) {
    if (!local[name] || !local[BARE_PAGE]) continue;
    const r = ratios(local, name, (l) => l.mapIdle);
    list.push({ target: `Start-up, ${name}: map idle ≤ 1.3 × the bare maplibre page (served locally)`, measured: `${spread(r, 2)} ×`, met: r.median <= 1.3 });
  }
  for (const name of ['default story', '10,000 events']) {
    const loads = local[name];
    if (!loads) continue;
    const before = loads.filter((l) => l.eventsVisible !== null && l.eventsVisible < l.mapIdle).length;
    list.push({ target: `Events visible before the map is idle (${name})`, measured: `in ${before} of ${loads.length} runs`, met: before === loads.length });
  }
  // In parallel: requested before the main chunk has run, i.e. before the first events show.
  const withPreloads = (link['default story'] ?? local['default story'])?.[0];
  if (withPreloads) {
    const start = (n: RegExp) => withPreloads.requests.find((r) => n.test(fileName(r.path)));
    const parallel = [/MapView\.js$/, /maplibre-gl-worker\.mjs$/, /basemap\.topo\.json$/, /^story\//].map(start);
    const shown = withPreloads.eventsVisible ?? 0;
    list.push({
      target: 'Map chunk, worker, basemap and story requested in parallel with the main chunk (before it has run)',
      measured:
        parallel.map((r, i) => `${['map chunk', 'worker', 'basemap', 'story'][i]} at ${r ? Math.round(r.start) : '–'} ms`).join(', ') +
        `; first events visible at ${Math.round(shown)} ms`,
      met: parallel.every((r) => r !== undefined && r.start < shown),
    });
  }
  const biggest = Object.keys(report.sizes)
    .map(Number)
    .sort((a, b) => b - a)[0];
  const big = report.sizes[biggest];
  if (big && biggest >= 100_000) {
    const script = summarise(big.drags.map((d) => d.script));
    const perFrame = Math.max(big.playback.repaintsPerFrame, max(big.drags, (d) => d.repaintsPerFrame) ?? 0);
    const longest = Math.max(big.playback.longestTask, max(big.drags, (d) => d.longestTask) ?? 0);
    const list200 = summarise(big.drags.map((d) => d.list));
    list.push(
      {
        target: 'Scrubbing 100,000 events: script p95 ≤ 16 ms per brush step',
        measured: `p95 ${script.p95.toFixed(0)} ms (p50 ${script.median.toFixed(0)})`,
        met: script.p95 <= 16,
      },
      {
        target: 'Scrubbing 100,000 events: at most one map repaint per animation frame',
        measured: `at most ${perFrame} (drags and playback)`,
        met: perFrame <= 1,
      },
      { target: 'Scrubbing 100,000 events: no script long task over 50 ms', measured: `longest ${longest.toFixed(0)} ms`, met: longest <= 50 },
      {
        target: 'Scrubbing 100,000 events: list catches up within 200 ms of the last move',
        measured: `p95 ${list200.p95.toFixed(0)} ms after release`,
        met: list200.p95 <= 200,
      },
    );
  }
  if (!big || biggest < 100_000) {
    const why = report.failures.find((f) => f.startsWith('100,000')) ?? 'not run';
    list.push({
      target: 'Scrubbing 100,000 events: script p95 ≤ 16 ms, one repaint per frame, no long task over 50 ms, list within 200 ms',
      measured: why,
      met: null,
    });
  }
  const { csv } = report;
  if (!csv.available)
    list.push({ target: 'Loading 100,000 CSV rows: ≤ 3 s to the map, no block over 200 ms, progress shown', measured: csv.reason, met: null });
  else {
    const toMap = summarise(csv.runs.map((r) => r.toMapDrawn));
    const block = max(csv.runs, (r) => r.longestTask) ?? NaN;
    const progress = csv.runs.every((r) => r.progressShown);
    list.push({
      target: 'Loading 100,000 CSV rows: ≤ 3 s to the map, no block over 200 ms, progress shown',
      measured: `${Number.isFinite(toMap.median) ? `${(toMap.median / 1000).toFixed(1)} s` : 'the map did not fall quiet'} (the report after ${(summarise(csv.runs.map((r) => r.toReport)).median / 1000).toFixed(1)} s), longest block ${block.toFixed(0)} ms, progress ${progress ? 'shown' : 'not seen'}`,
      met: toMap.median <= 3000 && block <= 200 && progress && csv.runs.every((r) => !r.error),
    });
  }
  return [
    '## Targets (issue 11)',
    '',
    '| target | measured | |',
    '| --- | --- | --- |',
    ...list.map((t) => `| ${t.target} | ${t.measured} | ${mark(t.met)} |`),
  ].join('\n');
}
