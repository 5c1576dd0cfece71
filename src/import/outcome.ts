import type { StoryFile } from '../story/schema';
import type { Imported } from './importSource';
import type { ImportOutcome } from './types';

/**
 * An import as the contract types it. The story's events may lack the journalism fields and
 * a place, which src/story/schema.ts is being relaxed to allow; until then the type is asserted.
 */
export function toOutcome(imported: Imported): ImportOutcome {
  return imported.ok ? { ok: true, story: imported.story as unknown as StoryFile, report: imported.report } : imported;
}
