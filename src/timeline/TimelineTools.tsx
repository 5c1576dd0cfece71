import type { ComponentProps, ReactNode } from 'react';
import { Icon, type IconName } from './icons';
import { useT } from '../i18n/react';

export interface TimelineToolsProps {
  /** The window's dates, kept next to the brush. */
  label: string;
  /** Icons instead of words, so the controls stay on one line. */
  compact: boolean;
  /** Presenter mode: only the dates; playing and zooming belong to the presenter's deck. */
  datesOnly: boolean;
  playing: boolean;
  hasWindow: boolean;
  canZoomOut: boolean;
  zoomed: boolean;
  onPlay(): void;
  onShowAll(): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onReset(): void;
}

function Tool({ icon, name, compact, children, ...rest }: { icon: IconName; name: string; compact: boolean; children?: ReactNode } & ComponentProps<'button'>) {
  return (
    <button type="button" aria-label={compact ? name : undefined} title={compact ? name : undefined} {...rest}>
      {compact ? <Icon name={icon} /> : (children ?? name)}
    </button>
  );
}

/** Play, the window's dates, show all dates, zoom: one line at any width. */
export function TimelineTools(p: TimelineToolsProps) {
  const { compact } = p;
  const t = useT();
  const dates = <p className="window-dates">{p.label}</p>;
  if (p.datesOnly) return <div className="timeline-tools">{dates}</div>;
  return (
    <div className={compact ? 'timeline-tools compact' : 'timeline-tools'}>
      <Tool
        icon={p.playing ? 'pause' : 'play'}
        name={p.playing ? t('timeline.pause') : t('timeline.play')}
        compact={compact}
        onClick={p.onPlay}
        aria-pressed={p.playing}
      />
      <Tool icon="all" name={t('timeline.showAll')} compact={compact} onClick={p.onShowAll} disabled={!p.hasWindow} />
      {dates}
      <Tool icon="zoomIn" name={t('timeline.zoomIn')} compact onClick={p.onZoomIn} />
      <Tool icon="zoomOut" name={t('timeline.zoomOut')} compact onClick={p.onZoomOut} disabled={!p.canZoomOut} />
      {!compact && <Tool icon="reset" name={t('timeline.reset')} compact={false} onClick={p.onReset} disabled={!p.zoomed} />}
    </div>
  );
}
