/** Icons for the timeline's buttons where words do not fit; the button carries the name. */
const PATHS = {
  play: 'M6 4l10 6-10 6z',
  pause: 'M5 4h3.5v12H5zM11.5 4H15v12h-3.5z',
  all: 'M2 4h1.6v12H2zM16.4 4H18v12h-1.6zM5 10l3.5-3.5v2.5h3V6.5L15 10l-3.5 3.5V11h-3v2.5z',
  zoomIn: 'M9 4h2v5h5v2h-5v5H9v-5H4V9h5z',
  zoomOut: 'M4 9h12v2H4z',
  reset: 'M10 3a7 7 0 1 1-6.6 9.3l1.9-.6A5 5 0 1 0 6.5 6.5L9 9H3V3l2.1 2.1A7 7 0 0 1 10 3z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
