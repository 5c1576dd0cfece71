import type { Problem } from '../story/problem';
import { problemAt } from './problems';
import { slugify } from './slug';
import { phrase } from '../i18n/phrase';
import { DEFAULT_LANG, translatorFor } from '../i18n';
import { UNCATEGORISED } from './storyWords';

export interface CategoryEntry {
  readonly id: string;
  readonly label: string;
}

// Its label in other languages is in the story's translations (storyWords.ts).
const NONE: CategoryEntry = { id: UNCATEGORISED, label: translatorFor(DEFAULT_LANG).t('imported.uncategorised') };

/**
 * Gives each event a category id. A sheet's labels become slugs ("Violence against civilians"
 * → "violence-against-civilians"), so the same label always gets the same id; story JSON keeps
 * its ids and labels. A sheet's categories are listed in order of first use; a story's in its
 * own order (which gives them their colours), followed by any it did not list.
 */
export class CategoryIds {
  private readonly used = new Map<string, CategoryEntry>();
  private readonly known: Map<string, CategoryEntry> | null;

  constructor(given: readonly CategoryEntry[] | null) {
    this.known = given && new Map(given.map((c) => [c.id, c]));
  }

  idFor(value: string, where: { row: number; id: string }, problems: Problem[]): string {
    let entry: CategoryEntry;
    if (!value) entry = NONE;
    else if (!this.known) entry = this.byLabel.get(value) ?? this.remember(value);
    else {
      const known = this.known.get(value);
      if (!known && !this.used.has(value)) problems.push(problemAt(where, 'category', value, 'category', 'warning', phrase('problem.newCategory')));
      entry = known ?? { id: slugify(value, 'category'), label: value };
    }
    if (!this.used.has(entry.id)) this.used.set(entry.id, entry);
    return entry.id;
  }

  private readonly byLabel = new Map<string, CategoryEntry>();

  private remember(label: string): CategoryEntry {
    const entry = { id: slugify(label, 'category'), label };
    this.byLabel.set(label, entry);
    return entry;
  }

  list(): CategoryEntry[] {
    if (!this.known) return [...this.used.values()];
    const listed = [...this.known.values()].filter((c) => this.used.has(c.id));
    return [...listed, ...[...this.used.values()].filter((c) => !this.known?.has(c.id))];
  }
}
