import type { Problem } from '../story/problem';
import type { ChapterFile, RelationFile } from '../story/schema';
import { problemAt } from './problems';
import { phrase } from '../i18n/phrase';

type Relation = RelationFile;
type Chapter = ChapterFile;

/** A sheet row's "related" ids as relations; an id that is not a loaded event is reported and skipped. */
export function rowRelations(
  row: { row: number; id: string; related: readonly string[]; relatedField: string },
  ids: ReadonlySet<string>,
  problems: Problem[],
): Relation[] {
  const out: Relation[] = [];
  for (const to of new Set(row.related)) {
    if (ids.has(to) && to !== row.id) out.push({ from: row.id, to, kind: 'related' });
    else problems.push(problemAt(row, row.relatedField, to, 'relation', 'warning', phrase(to === row.id ? 'problem.relSelf' : 'problem.relMissing')));
  }
  return out;
}

/** Story JSON's relations whose two ends are loaded events. */
export function givenRelations(relations: readonly Relation[], ids: ReadonlySet<string>, problems: Problem[]): Relation[] {
  return relations.filter((r, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!ids.has(r[end])) {
        problems.push(problemAt({ row: null, id: null }, `relations[${i}].${end}`, r[end], 'relation', 'warning', phrase('problem.relNotLoaded')));
        return false;
      }
    }
    return true;
  });
}

/** Story JSON's chapters, each listing only loaded events; a chapter left with none is dropped. */
export function givenChapters(chapters: readonly Chapter[], ids: ReadonlySet<string>, problems: Problem[]): Chapter[] {
  return chapters.flatMap((c, i) => {
    const events = c.events.filter((id) => ids.has(id));
    if (events.length < c.events.length) {
      const missing = c.events.filter((id) => !ids.has(id)).join(', ');
      const message = phrase(events.length ? 'problem.chapterSome' : 'problem.chapterNone');
      problems.push(problemAt({ row: null, id: c.id }, `chapters[${i}].events`, missing, 'relation', 'warning', message));
    }
    return events.length ? [{ ...c, events }] : [];
  });
}
