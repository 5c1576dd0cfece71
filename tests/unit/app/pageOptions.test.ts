import { describe, expect, it } from 'vitest';
import { readPageOptions, type PageOptions } from '../../../src/app/pageOptions';

const DEFAULTS: PageOptions = { embed: false, embedId: 'incident-atlas', plain: false, theme: null };

describe('readPageOptions', () => {
  it('reads a plain link as the full page following the system theme', () => {
    expect(readPageOptions('')).toEqual(DEFAULTS);
    expect(readPageOptions('?event=transavia-breach&from=2019-01-01&to=2019-12-31')).toEqual(DEFAULTS);
  });

  it('reads every flag of an embed link, with or without "?"', () => {
    const expected: PageOptions = { embed: true, embedId: 'nl-espionage', plain: true, theme: 'dark' };
    expect(readPageOptions('?embed=1&id=nl-espionage&plain=1&theme=dark&event=transavia-breach')).toEqual(expected);
    expect(readPageOptions('embed=1&id=nl-espionage&plain=1&theme=dark')).toEqual(expected);
  });

  it('turns embed and plain on only for "1"', () => {
    for (const value of ['0', 'true', 'yes', '']) {
      expect(readPageOptions(`?embed=${value}&plain=${value}`), value).toMatchObject({ embed: false, plain: false });
    }
  });

  it('forces light or dark, and follows the system for any other theme', () => {
    expect(readPageOptions('?theme=light').theme).toBe('light');
    expect(readPageOptions('?theme=dark').theme).toBe('dark');
    for (const theme of ['Dark', 'sepia', 'auto', '']) expect(readPageOptions(`?theme=${theme}`).theme, theme).toBeNull();
  });

  it('keeps an id of up to 64 letters, digits, hyphens and underscores', () => {
    for (const id of ['a', 'nl_espionage-2024', 'A'.repeat(64)]) expect(readPageOptions(`?id=${id}`).embedId).toBe(id);
  });

  it('falls back to "incident-atlas" for a missing, empty, long or unsafe id', () => {
    const unsafe = ['', 'x'.repeat(65), 'x'.repeat(100), '<script>', 'a"b', 'with space', 'grafik-ü', 'a.b', 'a/b'];
    for (const id of unsafe) expect(readPageOptions(`?${new URLSearchParams({ id })}`).embedId, id).toBe('incident-atlas');
    expect(readPageOptions('?embed=1').embedId).toBe('incident-atlas');
  });
});
