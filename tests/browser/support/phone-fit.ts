import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { PHONE } from './chromium.ts';

/**
 * Each of these is on the screen at phone width: neither off to the right nor cut at the left. The
 * layout follows the new width a render later (a media query heard by React): it is given 3 seconds.
 */
export async function expectInPhoneView(...targets: Locator[]): Promise<void> {
  const inView = async (target: Locator) => {
    const box = await target.boundingBox();
    return box !== null && box.x >= 0 && box.x + box.width <= PHONE.width;
  };
  for (let waited = 0; waited < 3000; waited += 100) {
    if ((await Promise.all(targets.map(inView))).every(Boolean)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const target of targets) {
    const box = await target.boundingBox();
    expect(box, `${target} has no box`).not.toBeNull();
    expect(box?.x ?? -1, `${target} starts off the screen`).toBeGreaterThanOrEqual(0);
    const end = (box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY);
    expect(end, `${target} ends off the screen`).toBeLessThanOrEqual(PHONE.width);
  }
}

/**
 * Nothing in the table is cut: it scrolls sideways neither itself nor in any box around it, and nothing
 * in it is wider than its box (a cell's content, a badge's label cut to "AC…"). Lists what overflows.
 * Asked again for up to 3 seconds, as `expectInPhoneView` waits: on a busy machine the boxes around
 * the table may take another frame or two to follow the new width.
 */
export async function expectTableUncut(table: Locator): Promise<void> {
  await expect.poll(() => overflowing(table), { timeout: 3000, interval: 100 }).toBe('');
}

async function overflowing(table: Locator): Promise<string> {
  const cut = await table.evaluate((node) => {
    const found: string[] = [];
    for (let box: Element | null = node; box && box !== document.body; box = box.parentElement)
      if (box.scrollWidth > box.clientWidth + 1) found.push(`${box.tagName}.${box.className}`);
    for (const inner of node.querySelectorAll('*'))
      if (inner.clientWidth > 1 && inner.scrollWidth > inner.clientWidth + 1)
        found.push(`${inner.tagName} “${inner.textContent}”`);
    return found;
  });
  return cut.join(' | ');
}

/**
 * In an entry's line of who and when: how many lines it takes, and how many "·" begin one (none is on
 * the same line as the visible character before it).
 */
export function separatorsStartingALine(entry: Element): { lines: number; orphans: number } {
  const line = entry.querySelector('time')?.closest('div');
  if (!line) throw new Error('no line with a time in the entry');
  const characters: { text: string; top: number; bottom: number }[] = [];
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    for (let i = 0; i < (node.textContent ?? '').length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getBoundingClientRect();
      if (rect.height > 0) characters.push({ text: range.toString(), top: rect.top, bottom: rect.bottom });
    }
  const visible = characters.filter((c) => c.text.trim() !== '');
  let orphans = 0;
  let lines = visible.length > 0 ? 1 : 0;
  for (let i = 1; i < visible.length; i++) {
    const [before, here] = [visible[i - 1], visible[i]];
    if (!before || !here) continue;
    const sameLine = before.top < here.bottom && here.top < before.bottom;
    if (!sameLine) lines++;
    if (!sameLine && here.text === '·') orphans++;
  }
  return { lines, orphans };
}
