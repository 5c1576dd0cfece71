import { nameKey } from './normalise';

/** Names that sheets use and the platform's region names don't give. */
const ALIASES: Record<string, string> = {
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  usa: 'US',
  us: 'US',
  'united states of america': 'US',
  holland: 'NL',
  'the netherlands': 'NL',
  'democratic republic of congo': 'CD',
  'democratic republic of the congo': 'CD',
  'republic of congo': 'CG',
  'ivory coast': 'CI',
  'czech republic': 'CZ',
  turkey: 'TR',
  palestine: 'PS',
  'east timor': 'TL',
  eswatini: 'SZ',
  swaziland: 'SZ',
  burma: 'MM',
  'south korea': 'KR',
  'north korea': 'KP',
};

const LANGUAGES = ['en', 'de', 'fr', 'nl', 'es', 'it', 'pt'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function key(name: string): string {
  return nameKey(name.replace(/&/g, ' and '));
}

let table: Map<string, string> | null = null;

/** Country names in several languages, from the platform's Intl data, plus the aliases. */
function countryTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const language of LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const a of LETTERS) {
      for (const b of LETTERS) {
        const code = a + b;
        let name: string | undefined;
        try {
          name = names.of(code);
        } catch {
          name = undefined;
        }
        // Skip retired codes (DD, SU, YU), which the platform names after their successors.
        if (!name || name === code || Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
        // "Myanmar (Burma)", "Congo - Kinshasa": also without the part after the name.
        for (const variant of [name, name.replace(/\s*[(-].*$/, '')]) if (!table.has(key(variant))) table.set(key(variant), code);
      }
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) table.set(alias, code);
  return table;
}

/** A sheet names the same few countries on every row. */
const memo = new Map<string, string | null>();

/** ISO 3166-1 alpha-2 for a country name ("Netherlands", "Nederland", "UK") or a code ("nl"); null if unknown. */
export function countryCode(text: string): string | null {
  let code = memo.get(text);
  if (code === undefined) {
    if (memo.size > 10_000) memo.clear();
    code = lookup(text.trim());
    memo.set(text, code);
  }
  return code;
}

function lookup(trimmed: string): string | null {
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    return ALIASES[code.toLowerCase()] ?? (new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code) ? code : null);
  }
  return countryTable().get(key(trimmed)) ?? null;
}
