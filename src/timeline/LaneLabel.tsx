import { useMemo } from 'react';
import { fitLabel } from './fitLabel';

let context: CanvasRenderingContext2D | null | undefined;

/** Text widths from a canvas in the timeline's font: SVG text cannot end in an ellipsis by itself. */
function measurer(fontPx: number): (s: string) => number {
  context ??= document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return (s) => s.length * fontPx * 0.6;
  ctx.font = `${fontPx}px ${getComputedStyle(document.body).fontFamily}`;
  return (s) => ctx.measureText(s).width;
}

export interface LaneLabelProps {
  label: string;
  /** The room for the label left of the lanes, in pixels. */
  width: number;
  fontPx: number;
  x: number;
  y: number;
}

/** A lane's category, cut short with an ellipsis when too long; the whole label shows as its tooltip. */
export function LaneLabel({ label, width, fontPx, x, y }: LaneLabelProps) {
  const shown = useMemo(() => fitLabel(label, width, measurer(fontPx)), [label, width, fontPx]);
  return (
    <text x={x} y={y} dy="0.35em" textAnchor="end">
      {shown !== label && <title>{label}</title>}
      {shown}
    </text>
  );
}
