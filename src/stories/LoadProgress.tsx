import type { ImportProgress } from '../import/types';
import { useTranslator } from '../i18n/react';
import { say, type Phrase } from '../i18n/phrase';
import type { AppTranslator } from '../i18n';

function detail({ t, number }: AppTranslator, p: ImportProgress): string {
  const phase = t(`stories.phase.${p.phase}`);
  if (p.total <= 1) return phase;
  // A download counts bytes; the importers' reading step and the other phases count rows or steps.
  const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
  if (p.phase === 'reading') return t('stories.progressMb', { phase, done: mb(p.done), total: mb(p.total) });
  return t('stories.progress', { phase, done: number(p.done), total: number(p.total) });
}

export interface LoadProgressProps {
  what: Phrase;
  progress: ImportProgress | null;
  onCancel(): void;
}

/** What is being loaded, how far it got, and a way out. */
export function LoadProgress({ what, progress, onCancel }: LoadProgressProps) {
  const translator = useTranslator();
  const { t } = translator;
  const known = progress !== null && progress.total > 0;
  const phase = progress ? t(`stories.phase.${progress.phase}`) : t('stories.starting');
  return (
    <div className="load-progress">
      <p id="load-what">{t('stories.what', { what: say(t, what) })}</p>
      <progress
        aria-labelledby="load-what"
        aria-valuetext={progress ? detail(translator, progress) : undefined}
        max={known ? progress.total : undefined}
        value={known ? Math.min(progress.done, progress.total) : undefined}
      />
      {/* Only the phase is announced: the numbers change too often to be read out. */}
      <p className="load-detail">
        <span aria-live="polite">{phase}</span>
        {progress && progress.total > 0 && <span>{detail(translator, progress).slice(phase.length)}</span>}
      </p>
      <button type="button" onClick={onCancel}>
        {t('stories.cancel')}
      </button>
    </div>
  );
}
