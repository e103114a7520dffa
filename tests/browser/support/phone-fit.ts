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
