import type { Problem } from '../story/problem';
import { checkCoordinates } from './coordinates';
import type { RowDraft } from './draft';
import type { PlaceQuery } from './gazetteer';
import { problemAt } from './problems';
import type { PlaceFile } from '../story/schema';
import { phrase } from '../i18n/phrase';

/** A row that loads: its place from coordinates, or a name still to look up, or neither. */
export interface ValidRow {
  readonly draft: RowDraft;
  readonly date: string;
  readonly place: PlaceFile | null;
  readonly query: PlaceQuery | null;
}

export interface Checked {
  /** Null when an error leaves the row out. */
  readonly valid: ValidRow | null;
  readonly problems: readonly Problem[];
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The checks every format shares: a title, a readable date, usable coordinates. */
export function validateRow(draft: RowDraft): Checked {
  const where = { row: draft.row, id: draft.id };
  const problems: Problem[] = [...draft.problems];
  if (!draft.title) problems.push(problemAt(where, draft.titleField, null, 'title', 'error', phrase('problem.noTitle')));
  if (draft.date === null && !problems.some((p) => p.kind === 'date'))
    problems.push(problemAt(where, draft.dateField, null, 'date', 'error', phrase('problem.noDate')));

  let place: PlaceFile | null = null;
  let query: PlaceQuery | null = null;
  const input = draft.place;
  if (input) {
    const checked = input.coordinates ? checkCoordinates(input.coordinates, where) : { position: null, problems: [] };
    problems.push(...checked.problems);
    if (checked.position) {
      const { lon, lat } = checked.position;
      place = {
        name: input.name || `${round(lat)}, ${round(lon)}`,
        lon,
        lat,
        precision: input.precision,
        ...(input.country && { country: input.country }),
        ...(input.byName && { byName: true as const }),
      };
    } else if (input.name) query = { text: input.name, country: input.country, admin: input.admin };
  }
  const valid = draft.date !== null && !problems.some((p) => p.severity === 'error') ? { draft, date: draft.date, place, query } : null;
  return { valid, problems };
}
