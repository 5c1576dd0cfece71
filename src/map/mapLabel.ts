/** A label drawn on the map longer than this is cut: a map label cannot wrap a word, and the panel has it whole. */
export const MAP_LABEL_MAX = 40;

/** The label as the map draws it: whole, or its first characters (never half a surrogate pair) and an ellipsis. */
export function mapLabel(text: string, max = MAP_LABEL_MAX): string {
  const points = Array.from(text);
  return points.length <= max
    ? text
    : `${points
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
