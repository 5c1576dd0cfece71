/**
 * What the in-page probe records. Times are performance.now() milliseconds of the page,
 * that is, since navigation start.
 */
export interface ProbeData {
  /** The timestamp of every animation frame (the argument requestAnimationFrame callbacks get). */
  readonly frames: number[];
  /** rAF callbacks that issued WebGL draw calls, i.e. map repaints: [frame timestamp, start, end, draw calls]. */
  readonly repaints: [number, number, number, number][];
  /** PerformanceObserver 'longtask' entries: [start, duration]. */
  readonly longTasks: [number, number][];
  /** When the DOM of each watched part last changed: timeline marks, the list and its count. */
  readonly changed: { timeline: number[]; list: number[] };
  /** The first frame in which the timeline shows marks. */
  firstEvents: number | null;
  /** The last pointer or mouse event the page received. */
  lastInput: number;
  /** maplibre's requests to its workers still unanswered, and when a worker message last went either way. */
  readonly workerPending: Set<string>;
  lastWorkerMessage: number;
}

/** The probe as page.evaluate hands it back. */
export type ProbeSnapshot = Omit<ProbeData, 'workerPending'> & { readonly workerPending: number };

/** Where the watched parts are: by accessible name where the app gives one. */
export const PARTS = {
  timelineMarks: '[aria-label="Timeline"] .marks, [aria-label="Timeline"] .outside',
  list: '.list-section',
  timelineDrawn: '[aria-label="Timeline"] .marks > *',
} as const;

declare global {
  interface Window {
    __probe: ProbeData;
  }
}

/**
 * Installed with page.addInitScript before any of the page's own scripts, so it needs no
 * hook in the app. It wraps requestAnimationFrame to time every callback and counts the
 * WebGL draw calls made inside it: a callback that draws is one map repaint (maplibre
 * renders synchronously inside one rAF callback). Must stay self-contained: Playwright
 * sends its source text to the page.
 */
export function installProbe(parts: typeof PARTS) {
  const probe: ProbeData = {
    frames: [],
    repaints: [],
    longTasks: [],
    changed: { timeline: [], list: [] },
    firstEvents: null,
    lastInput: 0,
    workerPending: new Set(),
    lastWorkerMessage: 0,
  };
  window.__probe = probe;
  let draws = 0;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements'] as const) {
      const original = (proto as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
      if (!original) continue;
      Object.defineProperty(proto, name, {
        value: function (this: unknown, ...args: unknown[]) {
          draws++;
          return original.apply(this, args);
        },
      });
    }
  }
  // maplibre's actor answers every request it sends a worker with a "<response>" carrying the
  // same id, or withdraws it with "<cancel>": the map is not idle while one is outstanding.
  // A story opened in place of another removes the old map, whose last requests are never
  // answered: only the requests of the map that posted last are waited for.
  type Message = { id?: unknown; type?: unknown; sourceMapId?: unknown } | null;
  let latestMap: unknown = undefined;
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (e: MessageEvent) => {
        probe.lastWorkerMessage = performance.now();
        const m = e.data as Message;
        if (m?.type === '<response>') probe.workerPending.delete(String(m.id));
      });
    }
    postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]) {
      probe.lastWorkerMessage = performance.now();
      const m = message as Message;
      if (m?.sourceMapId !== undefined && m.sourceMapId !== latestMap) {
        latestMap = m.sourceMapId;
        probe.workerPending.clear();
      }
      if (typeof m?.id === 'string' && m.type === '<cancel>') probe.workerPending.delete(m.id);
      else if (typeof m?.id === 'string' && m.type !== '<response>') probe.workerPending.add(m.id);
      super.postMessage(message, options as StructuredSerializeOptions);
    }
  };
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    raf((time) => {
      const before = draws;
      const start = performance.now();
      try {
        callback(time);
      } finally {
        if (draws > before) probe.repaints.push([time, start, performance.now(), draws - before]);
      }
    });
  const tick = (time: number) => {
    probe.frames.push(time);
    if (probe.firstEvents === null && document.querySelector(parts.timelineDrawn)) probe.firstEvents = time;
    raf(tick);
  };
  raf(tick);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  for (const type of ['pointermove', 'pointerdown', 'pointerup', 'click']) {
    addEventListener(type, () => (probe.lastInput = performance.now()), { capture: true, passive: true });
  }
  // One observer for the whole page; a callback records at most one time per part.
  new MutationObserver((records) => {
    const time = performance.now();
    let timeline = false;
    let list = false;
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      if (!timeline && target?.closest(parts.timelineMarks)) timeline = true;
      else if (!list && target?.closest(parts.list)) list = true;
      if (timeline && list) break;
    }
    if (timeline) probe.changed.timeline.push(time);
    if (list) probe.changed.list.push(time);
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}
