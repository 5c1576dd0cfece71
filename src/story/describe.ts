import type { Problem } from './problem';

/** One line per problem, for a build log or a plain list: "event 4 (nxp-hack) › place.lat: Too big…". */
export function describeProblem(p: Problem): string {
  const where = p.row === null ? p.field || 'story' : `event ${p.row}${p.id ? ` (${p.id})` : ''}${p.field ? ` › ${p.field}` : ''}`;
  return `${where}: ${p.message}${p.value === null ? '' : ` (${JSON.stringify(p.value)})`}`;
}
