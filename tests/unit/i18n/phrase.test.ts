import { describe, expect, it } from 'vitest';
import { english, failed, phrase, say } from '../../../src/i18n/phrase';
import { translatorFor } from '../../../src/i18n';
import { calendarDate, dayMonthYear } from '../../../src/import/dates';
import { decodeBytes } from '../../../src/import/decode';
import { parseEdtf } from '../../../src/time/edtf';

const nl = translatorFor('nl').t;

describe('say', () => {
  it('words a phrase, its phrases within and its lists, in the language of t', () => {
    const p = phrase('problem.cannotLoad', {
      reasons: [phrase('problem.noEventLoaded'), phrase('problem.fieldReason', { field: 'id', why: phrase('problem.missing') })],
    });
    expect(english(p)).toBe('The story cannot be loaded: no event could be loaded; id: is missing.');
    expect(say(nl, p)).toBe('Het verhaal kan niet worden geladen: geen enkele gebeurtenis kon worden geladen; id: ontbreekt.');
  });

  it('keeps a result’s English message and its phrase in step', () => {
    const result = failed(phrase('problem.empty'));
    expect(result).toEqual({ ok: false, message: 'The file is empty.', phrase: { key: 'problem.empty' } });
    // Plain data: a phrase crosses to and from the import worker unchanged.
    expect(structuredClone(result)).toEqual(result);
  });
});

describe('problems in Dutch', () => {
  it('name an impossible day with a Dutch month and an ungrouped year', () => {
    const day = calendarDate('2019', '2', '31');
    expect(day.ok).toBe(false);
    if (day.ok) return;
    expect(day.message).toBe('31 February 2019 does not exist');
    expect(say(nl, day.phrase)).toBe('31 februari 2019 bestaat niet');
  });

  it('say what a file is, and what a date should look like', () => {
    const zip = decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]).buffer);
    if (zip.ok) throw new Error('a ZIP archive decoded as text');
    expect(say(nl, zip.phrase)).toMatch(/^Dit bestand is een ZIP-archief .*, geen tekst\./);
    const date = dayMonthYear('next Tuesday');
    if (date.ok) throw new Error('"next Tuesday" read as a date');
    expect(say(nl, date.phrase)).toBe('"next Tuesday" is geen datum (verwacht 2022-03-15 of 15 March 2022)');
  });

  it('say why an EDTF date cannot be read, each reason in Dutch', () => {
    const dutch = (value: string) => {
      const result = parseEdtf(value);
      if (result.ok) throw new Error(`"${value}" read as a date`);
      return say(nl, result.phrase);
    };
    expect(dutch('late 2017')).toMatch(/^"late 2017" is geen ondersteunde datum/);
    expect(dutch('2020-27')).toBe('"2020-27": alleen seizoenen (21–24) en kwartalen (33–36) worden ondersteund');
    expect(dutch('2023-02-29')).toBe('"2023-02-29" is geen bestaande datum');
  });
});
