/** A value read from a sheet, with the column it came from (as the header spells it). */
export interface Cell {
  readonly value: string;
  readonly field: string;
}

/** Finds columns by name, ignoring case and surrounding spaces. */
export class Columns {
  private readonly index = new Map<string, number>();

  constructor(readonly header: readonly string[]) {
    header.forEach((name, i) => {
      const key = name.trim().toLowerCase();
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  has(...names: string[]): boolean {
    return names.some((n) => this.index.has(n));
  }

  /** The trimmed value of one column ("" when the sheet lacks it); allocates nothing, for the per-row hot path. */
  value(cells: readonly string[], name: string): string {
    const i = this.index.get(name);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  }

  /** The first of the named columns that the sheet has, with its trimmed value (possibly ""). */
  cell(cells: readonly string[], ...names: string[]): Cell {
    for (const name of names) {
      const i = this.index.get(name);
      if (i !== undefined) return { value: (cells[i] ?? '').trim(), field: this.header[i] };
    }
    return { value: '', field: names[0] };
  }

  /** Like cell, but takes the first named column that is filled in on this row. */
  filled(cells: readonly string[], ...names: string[]): Cell {
    for (const name of names) {
      const c = this.cell(cells, name);
      if (c.value !== '') return c;
    }
    return this.cell(cells, ...names);
  }
}
