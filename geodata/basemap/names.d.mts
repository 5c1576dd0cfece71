import type { Feature, Point } from 'geojson';

export function dutchCountryNames(): Map<string, string>;
export function dutchCityNames(file: string, fail: (message: string) => never): Map<string, string>;
export function withDutchNames<F extends Feature<Point>>(
  labels: readonly F[],
  countries: ReadonlyMap<string, string>,
  cities: ReadonlyMap<string, string>,
): F[];
