import type { Problem } from '../../story/problem';
import type { Cell } from '../columns';
import { edtfDate, interval } from '../dates';
import { problemAt } from '../problems';

/** A date column and an optional end column as one EDTF value; a problem names the column at fault. */
export function startEndDate(start: Cell, end: Cell, where: { row: number; id: string }, problems: Problem[]): string | null {
  if (!start.value) return null;
  const from = edtfDate(start.value);
  const to = end.value ? edtfDate(end.value) : null;
  const joined = !from.ok ? from : to && !to.ok ? to : interval(from.edtf, to && to.ok ? to.edtf : null);
  if (joined.ok) return joined.edtf;
  const culprit = from.ok ? end : start;
  problems.push(problemAt(where, culprit.field, culprit.value, 'date', 'error', joined.phrase));
  return null;
}
