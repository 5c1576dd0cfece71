import { translatorFor, type T } from '.';
import type { Catalogue, MessageKey } from './messages';
import type { ArgsOf, Value } from './translate';

/**
 * A message not yet put into words: pure code and the import worker say which message and with
 * what values, and the interface words it in the reader's language when it shows it, so a kept
 * report follows a later switch of language. It is plain data, so it crosses to and from a worker.
 * A value may itself be a phrase ("could not be imported: {why}").
 */
export interface Phrase {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, PhraseValue>>;
}
export type PhraseValue = Value | Phrase | readonly PhraseValue[];

export function phrase<K extends MessageKey>(key: K, ...args: ArgsOf<Catalogue[K], PhraseValue>): Phrase {
  return args.length ? { key, values: args[0] } : { key };
}

export const isPhrase = (value: unknown): value is Phrase => typeof value === 'object' && value !== null && typeof (value as Phrase).key === 'string';

/** The phrase in the words of `t`. */
export function say(t: T, p: Phrase): string {
  const values: Record<string, Value> = {};
  for (const [name, value] of Object.entries(p.values ?? {})) values[name] = sayValue(t, value);
  // The key and its values were checked together when the phrase was made.
  return (t as (key: string, values: Record<string, Value>) => string)(p.key, values);
}

/** A list is said item by item, joined by semicolons. */
function sayValue(t: T, value: PhraseValue): Value {
  if (Array.isArray(value)) return value.map((v: PhraseValue) => sayValue(t, v)).join('; ');
  return isPhrase(value) ? say(t, value) : (value as Value);
}

/** A failed result of pure code: the phrase, and its English words for logs and older callers. */
export const failed = (p: Phrase) => ({ ok: false as const, message: english(p), phrase: p });

/** The phrase in English: for logs, the command line and the `message` that older readers of a Problem expect. */
export const english = (p: Phrase): string => say(translatorFor('en').t, p);

/** An error that carries its phrase, for pure code that throws: the interface words it in the reader's language. */
export class PhraseError extends Error {
  constructor(readonly phrase: Phrase) {
    super(english(phrase));
  }
}

/** An error's message in the words of `t`, when it carries a phrase. */
export const sayError = (t: T, error: unknown): string =>
  error instanceof PhraseError ? say(t, error.phrase) : error instanceof Error ? error.message : String(error);
