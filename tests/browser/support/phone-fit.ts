import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { PHONE } from './chromium.ts';

/** Each of these is on the screen at phone width: neither off to the right nor cut at the left. */
export async function expectInPhoneView(...targets: Locator[]): Promise<void> {
  for (const target of targets) {
    const box = await target.boundingBox();
    expect(box, `${target} has no box`).not.toBeNull();
    expect(box?.x ?? -1, `${target} starts off the screen`).toBeGreaterThanOrEqual(0);
    expect(
      (box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY),
      `${target} ends off the screen`,
    ).toBeLessThanOrEqual(PHONE.width);
  }
}

/**
 * Nothing in the table is cut: it scrolls sideways neither itself nor in any box around it, and no cell's
 * content spills out of its cell. Returns what overflows (empty when all fits), for a readable failure.
 */
export async function expectTableUncut(table: Locator): Promise<void> {
  const cut = await table.evaluate((node) => {
    const found: string[] = [];
    for (let box: Element | null = node; box && box !== document.body; box = box.parentElement)
      if (box.scrollWidth > box.clientWidth + 1) found.push(`${box.tagName}.${box.className}`);
    for (const cell of node.querySelectorAll('td, th'))
      if (cell.scrollWidth > cell.clientWidth + 1) found.push(`cell “${cell.textContent}”`);
    return found;
  });
  expect(cut).toEqual([]);
}
