import type { Lang } from './lang';
import { LOCALES } from './lang';

/** A message that depends on a count, chosen with Intl.PluralRules ("1 event", "24 events"). */
export interface PluralMessage {
  readonly one: string;
  readonly other: string;
}
export type Message = string | PluralMessage;

/** The `{name}` placeholders of a message, as a union of their names. */
type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
type NamesOf<M> = M extends PluralMessage ? Placeholders<M['one']> | Placeholders<M['other']> | 'count' : Placeholders<M>;

export type Value = string | number;
/** What `t` needs for a message: nothing, or a value for each placeholder (a plural message always needs `count`). */
export type ArgsOf<M, V = Value> = [NamesOf<M>] extends [never] ? [] : [values: Record<NamesOf<M>, V>];

/** A catalogue in another language has every key of the English one, with the same kind of message. */
export type Translation<C> = { readonly [K in keyof C]: C[K] extends PluralMessage ? PluralMessage : string };

export type Translate<C> = <K extends keyof C & string>(key: K, ...args: ArgsOf<C[K]>) => string;

export interface Translator<C> {
  readonly lang: Lang;
  readonly locale: string;
  readonly t: Translate<C>;
  /** A number in the reader's language: "20,000" or "20.000". */
  readonly number: (n: number) => string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function createTranslator<C extends Record<string, Message>>(lang: Lang, catalogue: Translation<C>): Translator<C> {
  const locale = LOCALES[lang];
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const number = (n: number) => numbers.format(n);
  const fill = (text: string, values: Record<string, Value> | undefined) =>
    values ? text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? format(values[name]) : whole)) : text;
  const format = (v: Value) => (typeof v === 'number' ? number(v) : v);
  const t = ((key: string, values?: Record<string, Value>) => {
    const message: Message | undefined = (catalogue as Record<string, Message>)[key];
    if (message === undefined) return key;
    if (typeof message === 'string') return fill(message, values);
    const count = Number(values?.count ?? 0);
    return fill(plurals.select(count) === 'one' ? message.one : message.other, values);
  }) as Translate<C>;
  return { lang, locale, t, number };
}
