import type { TimeWindow } from '../time/window';

const easeInOutCubic = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** The window `t` (0–1) of the way from `from` to `to`, eased. */
export function tweenWindow(from: TimeWindow, to: TimeWindow, t: number): TimeWindow {
  const k = easeInOutCubic(Math.max(0, Math.min(1, t)));
  return { start: from.start + (to.start - from.start) * k, end: from.end + (to.end - from.end) * k };
}

/** Animates the window over `duration` ms, one update per frame; returns a cancel function. */
export function animateWindow(from: TimeWindow, to: TimeWindow, duration: number, onFrame: (w: TimeWindow) => void): () => void {
  if (duration <= 0) {
    onFrame(to);
    return () => {};
  }
  const started = performance.now();
  let frame = requestAnimationFrame(function tick(now) {
    const t = (now - started) / duration;
    onFrame(t >= 1 ? to : tweenWindow(from, to, t));
    if (t < 1) frame = requestAnimationFrame(tick);
  });
  return () => cancelAnimationFrame(frame);
}
