import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { findChromium } from '../../e2e/chromium.mjs';
import { installProbe, PARTS, type ProbeSnapshot } from './probe';

// The flags the browser tests use; WebGL is drawn by SwiftShader.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const VIEWPORT = { width: 1280, height: 860 } as const;

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is missing: run `node tests/e2e/chromium.mjs` or set CHROMIUM_PATH.');
  return chromium.launch({ executablePath, headless: true, args: FLAGS });
}

/** Main-thread figures of the renderer, and CPU time per process (the GPU process rasterises). */
export interface Counters {
  /** Renderer main thread, ms: JavaScript. */
  readonly script: number;
  /** Renderer main thread, ms: every task (script, style, layout, paint, GC, idle excluded). */
  readonly task: number;
  readonly layout: number;
  readonly style: number;
  /** CPU time of the GPU process, ms: with SwiftShader this is where WebGL is rasterised. */
  readonly gpuCpu: number;
  readonly heapUsed: number;
}

export interface BenchPage {
  readonly page: Page;
  readonly cdp: CDPSession;
  counters(): Promise<Counters>;
  probe(): Promise<ProbeSnapshot>;
  /** Resolves once nothing watched has happened for `quietMs` (no repaint, DOM change, worker message or long task) and no worker request is open. */
  settle(quietMs: number, timeoutMs?: number): Promise<number>;
  close(): Promise<void>;
}

/** A fresh context (empty cache) with the probe installed before the page's scripts. */
export async function openPage(browser: Browser, { reducedMotion = 'no-preference' as 'reduce' | 'no-preference' } = {}): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion, timezoneId: 'Europe/Amsterdam', locale: 'en-GB' });
  await context.addInitScript(installProbe, PARTS);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const browserCdp = await browser.newBrowserCDPSession();
  return {
    page,
    cdp,
    async counters() {
      const [{ metrics }, info] = await Promise.all([
        cdp.send('Performance.getMetrics'),
        browserCdp.send('SystemInfo.getProcessInfo') as Promise<{ processInfo: { type: string; cpuTime: number }[] }>,
      ]);
      const m = new Map(metrics.map((x) => [x.name, x.value]));
      const gpu = info.processInfo.filter((p) => p.type === 'GPU').reduce((sum, p) => sum + p.cpuTime, 0);
      return {
        script: (m.get('ScriptDuration') ?? 0) * 1000,
        task: (m.get('TaskDuration') ?? 0) * 1000,
        layout: (m.get('LayoutDuration') ?? 0) * 1000,
        style: (m.get('RecalcStyleDuration') ?? 0) * 1000,
        gpuCpu: gpu * 1000,
        heapUsed: m.get('JSHeapUsedSize') ?? 0,
      };
    },
    probe: () => page.evaluate(() => ({ ...window.__probe, workerPending: window.__probe.workerPending.size })),
    settle: (quietMs, timeoutMs = 60_000) =>
      page.evaluate(
        ([quiet, timeout]) =>
          new Promise<number>((done, fail) => {
            const p = window.__probe;
            const begun = performance.now();
            const last = () =>
              Math.max(
                p.repaints.at(-1)?.[2] ?? 0,
                p.changed.timeline.at(-1) ?? 0,
                p.changed.list.at(-1) ?? 0,
                p.lastWorkerMessage,
                (p.longTasks.at(-1)?.[0] ?? 0) + (p.longTasks.at(-1)?.[1] ?? 0),
              );
            const check = () => {
              const now = performance.now();
              if (p.workerPending.size === 0 && now - Math.max(last(), begun) >= quiet) done(now);
              else if (now - begun > timeout) fail(new Error(`the page did not settle within ${timeout} ms`));
              else setTimeout(check, 25);
            };
            check();
          }),
        [quietMs, timeoutMs] as const,
      ),
    async close() {
      await browserCdp.detach();
      await context.close();
    },
  };
}

/** Subtracts two counter readings. */
export function delta(after: Counters, before: Counters): Counters {
  return {
    script: after.script - before.script,
    task: after.task - before.task,
    layout: after.layout - before.layout,
    style: after.style - before.style,
    gpuCpu: after.gpuCpu - before.gpuCpu,
    heapUsed: after.heapUsed,
  };
}
