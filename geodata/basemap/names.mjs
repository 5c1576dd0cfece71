// Dutch names for the map's labels, added at build time so the app ships no name tables.
// Countries: the common name of i18n-iso-countries' Dutch list ("Duitsland", not "Bondsrepubliek
// Duitsland"). Cities: city-names-nl.csv beside this script, for the cities Dutch names itself
// (Londen, Den Haag, Keulen). A label gets `name_nl` only where the Dutch differs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** ISO alpha-2 → common Dutch name. */
export function dutchCountryNames() {
  const { countries } = require('i18n-iso-countries/langs/nl.json');
  return new Map(Object.entries(countries).map(([code, names]) => [code, Array.isArray(names) ? names[names.length - 1] : names]));
}

/** The city table: English (Natural Earth's) name → Dutch name. */
export function dutchCityNames(file, fail) {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  if (header !== 'name,name_nl') fail(`${file}: unexpected header "${header}"`);
  return new Map(
    lines.map((line, i) => {
      const [name, nl, extra] = line.split(',');
      if (!name || !nl || extra !== undefined) fail(`${file}:${i + 2}: malformed row "${line}"`);
      return [name, nl];
    }),
  );
}

/** The labels with `name_nl` where Dutch has a name of its own. */
export function withDutchNames(labels, countries, cities) {
  return labels.map((f) => {
    const { name, kind, country } = f.properties;
    const nl = kind === 'country' ? countries.get(country) : cities.get(name);
    return nl && nl !== name ? { ...f, properties: { ...f.properties, name_nl: nl } } : f;
  });
}
