import type { Frame, Page } from 'playwright-core';
import type { HostileFile } from '../fixtures/hostile/files';

export interface Overflow {
  /** How far the page scrolls sideways, in pixels: 0 when nothing pushes it. */
  readonly page: number;
  /** Visible elements whose box reaches past the right edge of the viewport or of a clipping parent: "tag.class +px". */
  readonly escaped: string[];
}

/** What sticks out sideways: the page's own scroll, and any element wider than the box that holds it. */
export function overflow(page: Page | Frame): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    const escaped: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      if (el.closest('svg, .maplibregl-map, .visually-hidden') && !el.matches('svg')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const past = Math.round(box.right - innerWidth);
      if (past > 1) escaped.push(`${el.tagName.toLowerCase()}.${el.className} +${past}px`);
      // A scroll box that scrolls sideways hides what it holds: only the page's own scroll boxes may.
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' && el.clientWidth > 0 && !el.matches('textarea, input, pre'))
        escaped.push(`${el.tagName.toLowerCase()}.${el.className} scrolls +${el.scrollWidth - el.clientWidth}px`);
    }
    return { page: root.scrollWidth - innerWidth, escaped: escaped.slice(0, 8) };
  });
}

/** Imports a file through the Stories dialog's file picker, as a reader would, and waits for its report. */
export async function importHostile(page: Page, file: HostileFile) {
  await page.getByRole('button', { name: 'Stories' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stories' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose a file…' }).click()]);
  await chooser.setFiles({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.text) });
  const report = page.getByRole('dialog', { name: /^Import report: / });
  const refused = dialog.getByRole('alert');
  await Promise.race([report.waitFor({ timeout: 60_000 }), refused.waitFor({ timeout: 60_000 })]);
  return (await report.count()) ? report : null;
}
