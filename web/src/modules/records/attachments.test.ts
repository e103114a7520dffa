import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES, sortChosen } from './attachments';

describe('sortChosen', () => {
  it('keeps the files that may be sent, in the order chosen, and says why each other may not', () => {
    const small = { name: 'notes.txt', size: 12 };
    const limit = { name: 'exact.pdf', size: MAX_ATTACHMENT_BYTES };
    const big = { name: 'video.mp4', size: MAX_ATTACHMENT_BYTES + 1 };
    const { accepted, refused } = sortChosen([small, big, limit]);
    expect(accepted).toEqual([small, limit]);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^video\.mp4 is .*: a file may be up to 10 MiB/);
  });

  it('sorts nothing into nothing', () => {
    expect(sortChosen([])).toEqual({ accepted: [], refused: [] });
  });
});
