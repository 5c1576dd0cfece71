import type { ImportProgress } from '../import/types';

const PHASES: Record<ImportProgress['phase'], string> = {
  reading: 'Reading',
  parsing: 'Parsing rows',
  placing: 'Placing events by name',
  validating: 'Checking events',
};

const number = new Intl.NumberFormat('en-GB');

function detail(p: ImportProgress): string {
  if (p.total <= 0) return PHASES[p.phase];
  // Reading counts bytes; the other phases count rows.
  if (p.phase === 'reading') return `${PHASES.reading}: ${(p.done / 1048576).toFixed(1)} of ${(p.total / 1048576).toFixed(1)} MB`;
  return `${PHASES[p.phase]}: ${number.format(p.done)} of ${number.format(p.total)}`;
}

export interface LoadProgressProps {
  what: string;
  progress: ImportProgress | null;
  onCancel(): void;
}

/** What is being loaded, how far it got, and a way out. */
export function LoadProgress({ what, progress, onCancel }: LoadProgressProps) {
  const known = progress !== null && progress.total > 0;
  return (
    <div className="load-progress">
      <p id="load-what">{what}…</p>
      <progress
        aria-labelledby="load-what"
        aria-valuetext={progress ? detail(progress) : undefined}
        max={known ? progress.total : undefined}
        value={known ? Math.min(progress.done, progress.total) : undefined}
      />
      {/* Only the phase is announced: the numbers change too often to be read out. */}
      <p className="load-detail">
        <span aria-live="polite">{progress ? PHASES[progress.phase] : 'Starting'}</span>
        {progress && progress.total > 0 && <span>{detail(progress).slice(PHASES[progress.phase].length)}</span>}
      </p>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
