import type { CategoryStyle } from '../symbols/palette';
import { shapePath } from '../symbols/shapes';
import type { MarkerVariant } from '../symbols/variant';

/** The category's map symbol, for legends and lists. */
export function Swatch({ style, variant = 'point', size = 16 }: { style: Pick<CategoryStyle, 'colour' | 'shape'>; variant?: MarkerVariant; size?: number }) {
  const r = size / 2 - 2;
  const hollow = variant !== 'point';
  return (
    <svg className="swatch" width={size} height={size} viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`} aria-hidden="true">
      <path
        d={shapePath(style.shape, r)}
        fill={hollow ? 'var(--surface)' : style.colour}
        stroke={style.colour}
        strokeWidth={hollow ? 2 : 1}
        strokeDasharray={variant === 'country' ? '2.5 1.5' : undefined}
      />
      {variant === 'region' && <path d={shapePath(style.shape, r * 0.45)} fill={style.colour} />}
    </svg>
  );
}
