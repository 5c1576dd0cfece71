import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { animateWindow, tweenWindow } from '../../../src/present/tween';
import type { TimeWindow } from '../../../src/time/window';
import { utc } from '../fixtures';

/** The whole story, then the chapter about the Transavia breach. */
const FROM: TimeWindow = { start: utc('2017-01-01'), end: utc('2025-01-01') };
const TO: TimeWindow = { start: utc('2019-09-12'), end: utc('2019-12-01') };

/** How far (0–1) `w` has come from FROM to TO, by each edge. */
const progress = (w: TimeWindow) => [(w.start - FROM.start) / (TO.start - FROM.start), (w.end - FROM.end) / (TO.end - FROM.end)];

const DAY = 86_400_000;
const millis = fc.integer({ min: utc('1990-01-01') / DAY, max: utc('2039-12-31') / DAY }).map((d) => d * DAY);
const timeWindow = fc.tuple(millis, millis).map(([a, b]): TimeWindow => ({ start: Math.min(a, b), end: Math.max(a, b) }));

describe('tweenWindow', () => {
  it('starts on `from` and ends exactly on `to`', () => {
    expect(tweenWindow(FROM, TO, 0)).toEqual(FROM);
    expect(tweenWindow(FROM, TO, 1)).toEqual(TO);
  });

  it('stays on `from` before the start and on `to` after the end', () => {
    expect(tweenWindow(FROM, TO, -0.5)).toEqual(FROM);
    expect(tweenWindow(FROM, TO, Number.NEGATIVE_INFINITY)).toEqual(FROM);
    expect(tweenWindow(FROM, TO, 1.7)).toEqual(TO);
    expect(tweenWindow(FROM, TO, Number.POSITIVE_INFINITY)).toEqual(TO);
  });

  it('is half way at the half-way time', () => {
    expect(tweenWindow(FROM, TO, 0.5)).toEqual({ start: (FROM.start + TO.start) / 2, end: (FROM.end + TO.end) / 2 });
  });

  it('eases in and out: slow near both ends', () => {
    for (const p of progress(tweenWindow(FROM, TO, 0.1))) expect(p).toBeLessThan(0.1);
    for (const p of progress(tweenWindow(FROM, TO, 0.9))) expect(p).toBeGreaterThan(0.9);
  });

  it('never turns back on its way (property)', () => {
    const times = fc
      .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)]);
    fc.assert(
      fc.property(timeWindow, timeWindow, times, (from, to, [t1, t2]) => {
        const [a, b] = [tweenWindow(from, to, t1), tweenWindow(from, to, t2)];
        expect((b.start - a.start) * Math.sign(to.start - from.start)).toBeGreaterThanOrEqual(0);
        expect((b.end - a.end) * Math.sign(to.end - from.end)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('runs the same path backwards when `from` and `to` swap (property)', () => {
    fc.assert(
      fc.property(timeWindow, timeWindow, fc.double({ min: 0, max: 1, noNaN: true }), (from, to, t) => {
        const forth = tweenWindow(from, to, t);
        const back = tweenWindow(to, from, 1 - t);
        expect(Math.abs(forth.start - back.start)).toBeLessThan(1);
        expect(Math.abs(forth.end - back.end)).toBeLessThan(1);
      }),
    );
  });
});

describe('animateWindow', () => {
  /** A fake clock and frame queue standing in for the browser's. */
  let clock: number;
  let queue: Map<number, FrameRequestCallback>;
  let nextId: number;

  beforeEach(() => {
    clock = 10_000;
    queue = new Map();
    nextId = 1;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      queue.set(nextId, callback);
      return nextId++;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => queue.delete(id));
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  /** Lets `ms` pass, then runs the frames that were waiting. */
  function frame(ms: number) {
    clock += ms;
    const due = [...queue.values()];
    queue.clear();
    for (const callback of due) callback(clock);
  }

  it('jumps straight to `to`, once and at once, when there is no time to animate', () => {
    for (const duration of [0, -100]) {
      const onFrame = vi.fn();
      animateWindow(FROM, TO, duration, onFrame);
      expect(onFrame.mock.calls).toEqual([[TO]]);
    }
    expect(queue.size).toBe(0);
  });

  it('shows one window a frame, moving towards `to`, and ends exactly on it', () => {
    const onFrame = vi.fn();
    animateWindow(FROM, TO, 400, onFrame);
    expect(onFrame).not.toHaveBeenCalled();
    for (let i = 0; i < 4; i++) frame(100);
    expect(onFrame.mock.calls).toEqual([...[0.25, 0.5, 0.75].map((t) => [tweenWindow(FROM, TO, t)]), [TO]]);
    expect(queue.size).toBe(0);
  });

  it('ends on `to` even when a frame comes late', () => {
    const onFrame = vi.fn();
    animateWindow(FROM, TO, 400, onFrame);
    frame(100);
    frame(1000);
    expect(onFrame.mock.calls).toEqual([[tweenWindow(FROM, TO, 0.25)], [TO]]);
    expect(queue.size).toBe(0);
  });

  it('shows no more frames once cancelled', () => {
    const onFrame = vi.fn();
    const cancel = animateWindow(FROM, TO, 400, onFrame);
    frame(100);
    frame(100);
    cancel();
    frame(100);
    frame(100);
    expect(onFrame).toHaveBeenCalledTimes(2);
    expect(queue.size).toBe(0);
  });
});
