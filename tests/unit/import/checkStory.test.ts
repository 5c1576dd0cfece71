import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../geodata/checkStory';

const path = (name: string) => fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));

async function check(...args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await main(args, (line) => lines.push(line));
  return { code, lines };
}

describe('check-story', () => {
  it('exits 0 on a good file, with a summary line', async () => {
    const { code, lines } = await check(path('acled.csv'));
    expect(code).toBe(0);
    expect(lines).toEqual(['acled.csv (acled, UTF-8): 5 events loaded, 0 rows with problems (0 not on the map).']);
  });

  it('lists every bad row of the bad-rows file and exits 1', async () => {
    const { code, lines } = await check(path('bad-rows.csv'));
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^row\s+id\s+field\s+value\s+problem$/);
    const rows = new Set(lines.slice(1, -1).map((l) => Number(l.split(/\s+/)[0])));
    expect([...rows]).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(lines).toContainEqual(expect.stringMatching(/^2\s+bad-date\s+date\s+"2023-02-31"\s+error: 31 February 2023 does not exist$/));
    expect(lines.at(-1)).toBe('bad-rows.csv (csv-template, UTF-8): 6 events loaded, 11 rows with problems (2 not on the map); 6 rows left out.');
  });

  it('prints the report as JSON with --json', async () => {
    const { code, lines } = await check('--json', path('bad-rows.csv'));
    expect(code).toBe(1);
    const out = JSON.parse(lines.join('\n'));
    expect(out).toMatchObject({ file: 'bad-rows.csv', ok: true, report: { rows: 12, loaded: 6, withProblems: 11 } });
    expect(out.report.problems).toHaveLength(13);
  });

  it('exits 2 on a file it cannot read, and without a file', async () => {
    expect(await check(path('not-a-format.csv'))).toMatchObject({ code: 2, lines: [expect.stringMatching(/not a format the app knows/)] });
    expect(await check(path('missing.csv'))).toMatchObject({ code: 2, lines: [expect.stringMatching(/ENOENT/)] });
    expect(await check()).toMatchObject({ code: 2, lines: ['usage: npm run check-story -- [--json] <file>'] });
  });

  it('runs from the command line through node', async () => {
    const script = fileURLToPath(new URL('../../../geodata/check-story.mjs', import.meta.url));
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      execFile('node', [script, path('bad-rows.csv')], (error, stdout) => resolve({ code: error ? (error.code as number) : 0, stdout }));
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/6 events loaded, 11 rows with problems/);
  }, 30_000);
});
