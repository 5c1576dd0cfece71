import type { Problem } from './problem';
import { translatorFor, type T } from '../i18n';
import { say } from '../i18n/phrase';

/** What is wrong, in the words of `t` when the problem carries a phrase. */
export const problemText = (p: Problem, t: T): string => (p.phrase ? say(t, p.phrase) : p.message);

/** One line per problem, for a build log or a plain list: "event 4 (nxp-hack) › place.lat: Too big…". */
export function describeProblem(p: Problem, t: T = translatorFor('en').t): string {
  const event = `${t('problem.where.event', { row: String(p.row) })}${p.id ? ` (${p.id})` : ''}${p.field ? ` › ${p.field}` : ''}`;
  const where = p.row === null ? p.field || t('problem.where.story') : event;
  return `${where}: ${problemText(p, t)}${p.value === null ? '' : ` (${JSON.stringify(p.value)})`}`;
}
