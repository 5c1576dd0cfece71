import type { MouseEvent } from 'react';
import { focusInPlace } from './focusInPlace';
import { useT } from '../i18n/react';

export interface SkipTarget {
  readonly label: string;
  /** The element to focus, looked up when the link is used (the map's canvas comes late). */
  readonly find: () => HTMLElement | null;
}

/**
 * Links past the controls to the map, the timeline and the list. They move focus
 * themselves instead of following a #fragment, which would add a history entry
 * (the host's, in an embed) and scroll the host page.
 */
export function SkipLinks({ targets }: { targets: readonly SkipTarget[] }) {
  const t = useT();
  const go = (target: SkipTarget) => (e: MouseEvent) => {
    e.preventDefault();
    const element = target.find();
    if (element) focusInPlace(element);
  };
  return (
    <nav className="skip-links" aria-label={t('app.skipLinks')}>
      {targets.map((t) => (
        <a key={t.label} className="skip-link" href="#" onClick={go(t)}>
          {t.label}
        </a>
      ))}
    </nav>
  );
}
