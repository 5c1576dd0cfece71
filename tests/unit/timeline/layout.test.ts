import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { POINT_WIDTH, SINGLE_LANE, laneOffsets, layoutMarks, type MarkLayout } from '../../../src/timeline/layout';
import { endOfDay, makeEvents, realStory, utc, type EventSpec } from '../fixtures';

/** Eight years over 960 px: about a third of a pixel a day. */
const x = scaleUtc()
  .domain([utc('2017-01-01'), utc('2025-01-01')])
  .range([0, 960]);
const LANES = ['cyber', 'raid', 'report'];

function layout(specs: readonly EventSpec[], lanes = LANES) {
  const result = layoutMarks(makeEvents(specs), x, lanes);
  const mark = (id: string): MarkLayout => {
    const found = result.marks.find((m) => m.id === id);
    if (!found) throw new Error(`no mark for ${id}`);
    return found;
  };
  return { ...result, mark };
}

describe('layoutMarks', () => {
  it('puts each event in the lane of its category, and skips categories without a lane', () => {
    const { marks, mark } = layout(
      [
        { id: 'raid', date: '2024-04-23', category: 'raid' },
        { id: 'report', date: '2020', category: 'report' },
        { id: 'unlaned', date: '2020', category: 'cyber' },
      ],
      ['raid', 'report'],
    );
    expect([mark('raid').lane, mark('report').lane]).toEqual([0, 1]);
    expect(marks.map((m) => m.id)).not.toContain('unlaned');
  });

  it('stacks overlapping events of one lane on separate rows, reusing rows once free', () => {
    const { mark, laneRows } = layout([
      { id: 'nxp', date: '2017-36/2020-21' },
      { id: 'taiwan', date: '2018/2019' },
      { id: 'transavia', date: '2019-09-12/2019-11' },
      { id: 'coathanger', date: '2023' },
    ]);
    expect(['nxp', 'taiwan', 'transavia', 'coathanger'].map((id) => mark(id).row)).toEqual([0, 1, 2, 0]);
    expect(laneRows).toEqual([3, 1, 1]);
  });

  it('draws a single day as a point POINT_WIDTH wide, centred on the day', () => {
    const m = layout([{ id: 'raid', date: '2024-04-23', category: 'raid' }]).mark('raid');
    expect(m.isPoint).toBe(true);
    expect(m.x1 - m.x0).toBeCloseTo(POINT_WIDTH, 9);
    expect((m.x0 + m.x1) / 2).toBeCloseTo((x(utc('2024-04-23')) + x(endOfDay('2024-04-23'))) / 2, 9);
    expect([m.solid0, m.solid1]).toEqual([m.x0, m.x1]);
  });

  it('draws an interval of days solid, but not as a point', () => {
    const m = layout([{ id: 'balloon', date: '2023-02-02/2023-02-04' }]).mark('balloon');
    expect(m.isPoint).toBe(false);
    expect([m.solid0, m.solid1]).toEqual([m.x0, m.x1]);
  });

  it('makes solid only the part of an interval known for certain', () => {
    const m = layout([{ id: 'nxp', date: '2017-36/2020-21' }]).mark('nxp');
    expect([m.x0, m.x1]).toEqual([x(utc('2017-10-01')), x(endOfDay('2020-05-31'))]);
    expect(m.solid0).toBe(x(endOfDay('2017-12-31')));
    expect(m.solid1).toBe(x(utc('2020-03-01')));
    expect(m.x0 < m.solid0 && m.solid1 < m.x1).toBe(true);
  });

  it('gives a single vague date no solid part', () => {
    const m = layout([{ id: 'coathanger', date: '2023' }]).mark('coathanger');
    expect(m.isPoint).toBe(false);
    expect([m.x0, m.x1]).toEqual([x(utc('2023-01-01')), x(endOfDay('2023-12-31'))]);
    expect(m.solid1).toBeLessThanOrEqual(m.solid0);
  });

  it('never lets two marks on one row overlap (property)', () => {
    const day = fc.integer({ min: utc('2017-01-01') / 864e5, max: utc('2024-12-31') / 864e5 }).map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
    const date = fc.oneof(
      day,
      fc.tuple(day, day).map(([a, b]) => (a <= b ? `${a}/${b}` : `${b}/${a}`)),
      fc.integer({ min: 2017, max: 2024 }).map(String),
    );
    const spec = fc.record({ date, category: fc.constantFrom(...LANES) });
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 25 }), (specs) => {
        const { marks } = layout(specs.map((s, i) => ({ ...s, id: `e${i}` })));
        for (const a of marks) {
          for (const b of marks) if (a !== b && a.lane === b.lane && a.row === b.row) expect(a.x1 < b.x0 || b.x1 < a.x0).toBe(true);
        }
      }),
    );
  });
});

describe('layoutMarks with SINGLE_LANE', () => {
  it('puts events of every category in lane 0, on rows shared only by marks far enough apart', () => {
    const { marks, mark, laneRows } = layout(
      [
        { id: 'nxp', date: '2017-36/2020-21', category: 'cyber' },
        { id: 'taiwan', date: '2018/2019', category: 'report' },
        { id: 'raid', date: '2024-04-23', category: 'raid' },
        { id: 'coathanger', date: '2023', category: 'cyber' },
      ],
      SINGLE_LANE,
    );
    expect(marks.map((m) => m.lane)).toEqual([0, 0, 0, 0]);
    expect(['nxp', 'taiwan', 'coathanger', 'raid'].map((id) => mark(id).row)).toEqual([0, 1, 0, 0]);
    expect(laneRows).toEqual([2]);
  });

  it('lays out the whole real story on a phone in one lane, no two marks of a row overlapping', () => {
    const story = realStory();
    const phone = scaleUtc().domain(story.extent).range([0, 343]);
    const { marks, laneRows } = layoutMarks(story.events, phone, SINGLE_LANE);
    expect(marks.map((m) => m.id).sort()).toEqual(story.events.map((e) => e.id).sort());
    expect(new Set(marks.map((m) => m.lane))).toEqual(new Set([0]));
    expect(laneRows).toEqual([Math.max(...marks.map((m) => m.row)) + 1]);
    expect(new Set(marks.map((m) => m.row)).size).toBe(laneRows[0]);
    for (const a of marks) {
      for (const b of marks) if (a !== b && a.row === b.row) expect(a.x1 < b.x0 || b.x1 < a.x0, `${a.id} and ${b.id} on row ${a.row}`).toBe(true);
    }
  });
});

describe('laneOffsets', () => {
  it('stacks lanes one under the other, in rows', () => {
    expect(laneOffsets([3, 1, 2])).toEqual({ offsets: [0, 3, 4], total: 6 });
    expect(laneOffsets([])).toEqual({ offsets: [], total: 0 });
  });
});
