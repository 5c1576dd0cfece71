/** Map colours. Text colours meet WCAG AA (4.5:1) against their halo. */
export interface MapTheme {
  readonly name: 'light' | 'dark';
  readonly sea: string;
  readonly land: string;
  readonly border: string;
  readonly river: string;
  readonly cityLabel: string;
  readonly countryLabel: string;
  readonly labelHalo: string;
  readonly cityDot: string;
  readonly relation: string;
  readonly highlight: string;
  /** Drawn round every marker: at least 3:1 against land and sea, so each marker stands out whatever its fill. */
  readonly markerOutline: string;
}

export const LIGHT: MapTheme = {
  name: 'light',
  sea: '#d4e3ee',
  land: '#f7f5f0',
  border: '#a49e93',
  river: '#9db3c4',
  cityLabel: '#333333',
  countryLabel: '#5a5248',
  labelHalo: '#f7f5f0',
  cityDot: '#6e6e6e',
  relation: '#222222',
  highlight: '#111111',
  markerOutline: '#1d1d1d',
};

export const DARK: MapTheme = {
  name: 'dark',
  sea: '#142230',
  land: '#26292e',
  border: '#6b6f76',
  river: '#3c5568',
  cityLabel: '#e6e6e6',
  countryLabel: '#c8c3b8',
  labelHalo: '#1b1d21',
  cityDot: '#b0b0b0',
  relation: '#f0f0f0',
  highlight: '#ffffff',
  markerOutline: '#f2f2f2',
};
