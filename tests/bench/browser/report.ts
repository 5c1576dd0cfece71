import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { max } from 'd3-array';
import { summarise, type Summary } from './stats';
import type { Load } from './startup';
import type { Options, SizeRun } from './main';
import type { CsvLoad } from './loading';
import type { Drag } from './scrub';
import { APP } from './server';
import { targets } from './targets';
import { NOT_MET_NOTES } from './notes';
import { METHOD } from './method';

export interface Report {
  readonly date: string;
  readonly machine: { cpus: number; cpuModel: string; loadAverage: number[]; loadAverageAfter: number[]; chromium: string; commit: string };
  readonly durationSeconds: number;
  readonly options: Options;
  readonly storyFeed: 'fetched' | 'compiled';
  readonly startup: { local: Record<string, Load[]>; link: Record<string, Load[]>; linkProfile: string };
  readonly sizes: Record<string, SizeRun>;
  /** Sizes whose drags or playback failed, with the error. */
  readonly failures: string[];
  readonly csv: CsvLoad;
}

export const BARE_PAGE = 'bare maplibre page';
export const NO_PRELOAD_PAGE = 'default story, without the map preloads';
export const EMBED_PAGE = 'embed (?embed=1), one load for the payload';

const fmt = (v: number, digits = 0) => (Number.isFinite(v) ? v.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–');
/** "median (min–max)". */
export const spread = (s: Summary, digits = 0) => (s.n ? `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : '–');
const kB = (bytes: number) => fmt(bytes / 1000, 1);
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** A file's name without its content hash, so runs and builds line up. */
export const fileName = (path: string) =>
  path
    .replace(APP, '')
    .replace(/^\/bench\/(node_modules\/)?/, '')
    .replace(/(^|\/)$/, '$1index.html')
    .replace(/-[A-Za-z0-9_-]{8}\.(js|mjs|css|woff2?)$/, '.$1');

/** App-to-bare ratios of a figure, run by run (the runs take turns, so each pair saw the same load). */
export function ratios(pages: Record<string, Load[]>, name: string, figure: (l: Load) => number | null): Summary {
  const bare = pages[BARE_PAGE] ?? [];
  return summarise(pages[name].map((l, i) => (figure(l) ?? NaN) / (bare[i] ? (figure(bare[i]) ?? NaN) : NaN)));
}

export const payloadBytes = (load: Load) => load.requests.reduce((sum, r) => sum + r.sentBytes, 0);

function payloadSection(report: Report): string {
  const { local } = report.startup;
  const first = (name: string) => local[name]?.[0];
  const byFile = (load: Load | undefined) => new Map((load?.requests ?? []).map((r) => [fileName(r.path), r]));
  const story = byFile(first('default story'));
  const embed = byFile(first(EMBED_PAGE));
  const bare = byFile(first(BARE_PAGE));
  const names = [...new Set([...story.keys(), ...embed.keys()])].filter((n) => !n.includes('favicon'));
  const size = (m: Map<string, { sentBytes: number }>, n: string) => {
    const r = m.get(n);
    return r ? kB(r.sentBytes) : '–';
  };
  const rows = names.map((n) => [n, size(story, n), size(embed, n)]);
  const total = (m: Map<string, { sentBytes: number }>) => kB([...m.values()].reduce((s, r) => s + r.sentBytes, 0));
  return [
    '## Payload',
    '',
    'Bytes on the wire (gzip level 9 for text; fonts as they are) of every response until the map is idle, in kB (1,000 bytes).',
    'The sizes do not vary between runs; these are from the first.',
    '',
    table(['file', 'default story', 'embed (`?embed=1`)'], [...rows, ['**total**', `**${total(story)}**`, `**${total(embed)}**`]]),
    '',
    `The bare maplibre page loads ${total(bare)} kB: ${[...bare.entries()]
      .filter(([n]) => !n.includes('favicon'))
      .map(([n, r]) => `${n.replace(/^.*\//, '')} ${kB(r.sentBytes)}`)
      .join(', ')}.`,
  ].join('\n');
}

function startupSection(report: Report): string {
  const { local, link, linkProfile } = report.startup;
  const row = (pages: Record<string, Load[]>, name: string) => {
    const loads = pages[name];
    const s = (f: (l: Load) => number | null) => summarise(loads.map((l) => f(l) ?? NaN));
    const isBare = name === BARE_PAGE;
    return [
      name,
      spread(s((l) => l.eventsVisible)),
      spread(s((l) => l.mapFirstPaint)),
      spread(s((l) => l.mapIdle)),
      isBare
        ? '1'
        : spread(
            ratios(pages, name, (l) => l.mapIdle),
            2,
          ),
      spread(s((l) => l.script)),
      spread(s((l) => l.longestTask)),
      kB(payloadBytes(loads[0])),
    ];
  };
  const head = ['page', 'events visible, ms', 'map first drawn, ms', 'map idle, ms', 'map idle ÷ bare', 'script, ms', 'longest task, ms', 'kB'];
  return [
    '## Start-up',
    '',
    'From navigation start, median (min–max) of the runs, each in a fresh browser context (empty cache).',
    '"Events visible": the first frame in which the timeline shows its marks. "Map idle": the end of the last map',
    'repaint before a second without repaints, worker messages or long tasks, with no worker request open.',
    '',
    '### Served locally',
    '',
    table(
      head,
      Object.keys(local).map((n) => row(local, n)),
    ),
    '',
    waterfall(local, 'served locally'),
    '',
    ...(Object.keys(link).length
      ? [
          `### On a phone's network: ${linkProfile}, shaped in the bench server`,
          '',
          table(
            head,
            Object.keys(link).map((n) => row(link, n)),
          ),
          '',
          waterfall(link, `on ${linkProfile}`),
        ]
      : ['The phone-network loads were not run this time (`npm run bench -- --network` adds them).']),
  ].join('\n');
}

/** When each file of the default story starts and finishes downloading, with the map preloads and without. */
function waterfall(link: Record<string, Load[]>, where: string): string {
  const times = (name: string) => {
    const files = new Map<string, { start: number[]; end: number[] }>();
    for (const load of link[name] ?? [])
      for (const r of load.requests) {
        const n = fileName(r.path);
        if (n.includes('favicon')) continue;
        const f = files.get(n) ?? { start: [], end: [] };
        f.start.push(r.start);
        f.end.push(r.end);
        files.set(n, f);
      }
    return files;
  };
  const after = times('default story');
  const before = times(NO_PRELOAD_PAGE);
  const cell = (f: { start: number[]; end: number[] } | undefined) => (f ? `${fmt(summarise(f.start).median)} → ${fmt(summarise(f.end).median)}` : '–');
  const names = [...new Set([...before.keys(), ...after.keys()])].sort(
    (a, b) => (summarise(before.get(a)?.start ?? []).median || 0) - (summarise(before.get(b)?.start ?? []).median || 0),
  );
  return [
    `### The waterfall ${where}, before and after the map preloads`,
    '',
    'Each file of the default story: when its request reached the server → when its last byte was sent,',
    'ms from navigation start, median of the runs. "Before" is the same build with the `modulepreload`/`preload` links of the',
    'map chunk, its CSS and the worker taken out of index.html.',
    '',
    table(
      ['file', 'before (no map preloads)', 'after (with them)'],
      names.map((n) => [n, cell(before.get(n)), cell(after.get(n))]),
    ),
  ].join('\n');
}

const dragFigures: [string, keyof Drag, number][] = [
  ['script, ms', 'script', 0],
  ['other main thread, ms', 'otherMain', 0],
  ['raster (GPU process CPU), ms', 'raster', 0],
  ['map repaints', 'repaints', 0],
  ['most repaints in one frame', 'repaintsPerFrame', 0],
  ['repaint callbacks, main thread ms', 'repaintTime', 0],
  ['timeline shows the window, ms after release', 'timeline', 0],
  ['list shows the window, ms after release', 'list', 0],
  ['map shows the window, ms after release', 'map', 0],
  ['long tasks', 'longTasks', 0],
  ['longest task, ms', 'longestTask', 0],
];

function scrubSection(report: Report): string {
  const sizes = Object.keys(report.sizes);
  const head = ['per brush step', ...sizes.map((n) => `${Number(n).toLocaleString('en')} events`)];
  const rows = dragFigures.map(([label, key, digits]) => [
    label,
    ...sizes.map((n) => {
      const s = summarise(report.sizes[n].drags.map((d) => d[key]));
      return key === 'script' ? `p50 ${fmt(s.median, digits)}, p95 ${fmt(s.p95, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : spread(s, digits);
    }),
  ]);
  const extra = [
    ['drags done (see Method)', ...sizes.map((n) => fmt(report.sizes[n].drags.length))],
    ['load before the drags: map idle, ms', ...sizes.map((n) => fmt(report.sizes[n].load.mapIdle))],
  ];
  return [
    '## Scrubbing',
    '',
    `Up to ${report.options.drags} real pointer drags of the brush window (page.mouse: press, one move of 1/65 of the axis, release), one brush step`,
    'each; the page is left to fall quiet before the next. Median (min–max) over the drags; script also as p50 and p95.',
    'The story starts with a window of one year, 2005, which the drags move to the right.',
    '',
    table(head, [...rows, ...extra]),
    ...report.failures.map((f) => `\n**Not measured:** ${f}`),
  ].join('\n');
}

function playbackSection(report: Report): string {
  const sizes = Object.keys(report.sizes);
  const head = ['10 s of Play', ...sizes.map((n) => `${Number(n).toLocaleString('en')} events`)];
  const p = (n: string) => report.sizes[n].playback;
  const frames = (n: string) => summarise(p(n).frameTimes);
  const rows = [
    ['frames', ...sizes.map((n) => fmt(p(n).frameTimes.length + 1))],
    [
      'frame time, ms: p50, p95 (min–max)',
      ...sizes.map((n) => `${fmt(frames(n).median, 1)}, ${fmt(frames(n).p95, 1)} (${fmt(frames(n).min, 1)}–${fmt(frames(n).max)})`),
    ],
    ['map repaints', ...sizes.map((n) => fmt(p(n).repaints))],
    ['most repaints in one frame', ...sizes.map((n) => fmt(p(n).repaintsPerFrame))],
    ['script per second, ms', ...sizes.map((n) => fmt(p(n).scriptPerSecond))],
    ['raster (GPU process CPU) per second, ms', ...sizes.map((n) => fmt(p(n).rasterPerSecond))],
    ['long tasks', ...sizes.map((n) => fmt(p(n).longTasks))],
    ['longest task, ms', ...sizes.map((n) => fmt(p(n).longestTask))],
  ];
  return ['## Playback', '', "The timeline's Play from the start of the story (no reduced motion), for 10 s.", '', table(head, rows)].join('\n');
}

function csvSection(report: Report): string {
  const { csv } = report;
  if (!csv.available) return ['## Loading a 100,000-row CSV', '', `**${csv.reason}.**`].join('\n');
  const runs = csv.runs;
  const s = (f: (r: (typeof runs)[number]) => number, digits = 0) => spread(summarise(runs.map(f)), digits);
  return [
    '## Loading a 100,000-row CSV',
    '',
    "The synthetic story as 100,000 rows of the app's CSV template, picked with the Stories dialog's file chooser in a fresh",
    'context. The bench closes the import report as soon as it shows. ms from the moment the file is picked.',
    '',
    table(
      ['figure', 'median (min–max)'],
      [
        ['events loaded', s((r) => r.loaded)],
        ['import report shown (read, parsed, validated)', s((r) => r.toReport)],
        ['list counts the imported events', s((r) => r.toListed)],
        ['map idle with them', s((r) => r.toMapDrawn)],
        ['longest main-thread task', s((r) => r.longestTask)],
        ['peak main-thread JS heap, MB', s((r) => r.peakHeap / 1e6)],
        [
          'progress bar seen',
          runs.every((r) => r.progressShown) ? 'yes, every run' : `in ${runs.filter((r) => r.progressShown).length} of ${runs.length} runs`,
        ],
        ['runs done (within the time budget, see Method)', String(runs.length)],
      ],
    ),
    ...runs.flatMap((r, i) => (r.error ? [`\nRun ${i + 1} did not get to the end: ${r.error}.`] : [])),
  ].join('\n');
}

export function renderReport(report: Report): string {
  const m = report.machine;
  const maxRepaints = max(Object.values(report.sizes), (s) => Math.max(s.playback.repaintsPerFrame, max(s.drags, (d) => d.repaintsPerFrame) ?? 0));
  return [
    '# Benchmark report',
    '',
    `Written by \`npm run bench\` on ${report.date.slice(0, 16).replace('T', ' ')} UTC at commit ${m.commit}, in ${Math.round(report.durationSeconds / 60)} min.`,
    `${m.cpus} cores (${m.cpuModel}), load average ${m.loadAverage.join(' ')} at the start and ${m.loadAverageAfter.join(' ')} at the end; ${m.chromium}, headless, WebGL drawn by SwiftShader.`,
    'Read the ratios rather than the absolute times: the machine is shared and draws WebGL in software.',
    report.storyFeed === 'compiled'
      ? '\n**The synthetic stories were compiled into copies of the app**, because this build does not fetch its story at run time yet.'
      : 'The synthetic stories were served in place of the story file the built app fetches: the app under test is dist/ as built.',
    `Raw figures: [report.json](report.json). Most repaints seen in one animation frame, over all drags and playback: ${maxRepaints ?? '–'}.`,
    '',
    targets(report),
    '',
    NOT_MET_NOTES,
    '',
    payloadSection(report),
    '',
    startupSection(report),
    '',
    scrubSection(report),
    '',
    playbackSection(report),
    '',
    csvSection(report),
    '',
    METHOD,
    '',
  ].join('\n');
}

export function writeReport(report: Report, dir: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, 1)}\n`);
  writeFileSync(join(dir, 'report.md'), renderReport(report));
}
