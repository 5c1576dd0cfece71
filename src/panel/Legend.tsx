import type { CategoryStyle } from '../symbols/palette';
import { Swatch } from './Swatch';
import { useT } from '../i18n/react';

export interface LegendProps {
  styles: readonly CategoryStyle[];
  counts: ReadonlyMap<string, number>;
  hidden: ReadonlySet<string>;
  onToggle(category: string): void;
}

const NEUTRAL = { colour: 'var(--text-muted)', shape: 'circle' as const };

/** The key in a line or two, for an embed: what each colour and shape means. The filter stays in the full legend. */
export function CompactLegend({ styles, hidden }: Pick<LegendProps, 'styles' | 'hidden'>) {
  const t = useT();
  return (
    <ul className="legend-compact" aria-label={t('panel.keyLabel')}>
      {styles.map((s) => (
        <li key={s.id} className={hidden.has(s.id) ? 'off' : undefined}>
          <Swatch style={s} size={14} />
          {s.label}
          {hidden.has(s.id) && <span className="visually-hidden"> {t('panel.hidden')}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Category legend that doubles as the category filter, plus the key to precision symbols. */
export function Legend({ styles, counts, hidden, onToggle }: LegendProps) {
  const t = useT();
  return (
    <div className="legend">
      <fieldset>
        <legend>{t('panel.categories')}</legend>
        <ul>
          {styles.map((s) => (
            <li key={s.id}>
              <label>
                <input type="checkbox" checked={!hidden.has(s.id)} onChange={() => onToggle(s.id)} />
                <Swatch style={s} />
                <span>
                  {s.label} <span className="count">({counts.get(s.id) ?? 0})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <details className="precision-key">
        <summary>{t('panel.howPrecise')}</summary>
        <ul>
          <li>
            <Swatch style={NEUTRAL} /> {t('panel.keyCity')}
          </li>
          <li>
            <Swatch style={NEUTRAL} variant="region" /> {t('panel.keyRegion')}
          </li>
          <li>
            <Swatch style={NEUTRAL} variant="country" /> {t('panel.keyCountry')}
          </li>
          <li>
            <svg className="swatch" width="28" height="12" aria-hidden="true">
              <rect x="1" y="2" width="26" height="8" fill="var(--text-muted)" />
            </svg>{' '}
            {t('panel.keyDay')}
          </li>
          <li>
            <svg className="swatch" width="28" height="12" aria-hidden="true">
              <defs>
                <pattern id="legend-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <line x1="0" y1="0" x2="0" y2="5" stroke="var(--text-muted)" strokeWidth="2.5" />
                </pattern>
              </defs>
              <rect x="1" y="2" width="26" height="8" fill="url(#legend-hatch)" stroke="var(--text-muted)" />
            </svg>{' '}
            {t('panel.keyHatched')}
          </li>
        </ul>
      </details>
    </div>
  );
}
