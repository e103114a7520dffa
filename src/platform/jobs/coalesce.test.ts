import { describe, expect, it } from 'vitest';
import { coalesced } from './coalesce.ts';

/** A run that stays in flight until released, counting how many started. */
function controlledRun() {
  const releases: (() => void)[] = [];
  return {
    run: () => new Promise<void>((resolve) => releases.push(resolve)),
    get started() {
      return releases.length;
    },
    async release(i: number) {
      releases[i]?.();
      await settle();
    },
  };
}
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('coalesced', () => {
  it('runs at once when nothing runs', async () => {
    const c = controlledRun();
    const trigger = coalesced(c.run);
    trigger();
    expect(c.started).toBe(1);
    await c.release(0);
    trigger();
    expect(c.started).toBe(2);
  });

  it('turns any number of calls during a run into one run after it', async () => {
    const c = controlledRun();
    const trigger = coalesced(c.run);
    trigger();
    for (let i = 0; i < 100; i++) trigger();
    expect(c.started).toBe(1);
    await c.release(0);
    expect(c.started).toBe(2);
    await c.release(1);
    expect(c.started).toBe(2);
  });

  it('goes on after a run that fails', async () => {
    let calls = 0;
    const trigger = coalesced(async () => {
      calls++;
      throw new Error('database gone');
    });
    trigger();
    trigger();
    await settle();
    await settle();
    expect(calls).toBe(2);
    trigger();
    expect(calls).toBe(3);
  });
});
