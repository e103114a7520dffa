import { describe, expect, it } from 'vitest';
import { countText, movesSentence } from './merge-moves';

describe('what a merge moves, in words', () => {
  it('names each kind with something to move, singular or plural, and leaves out the rest', () => {
    expect(
      movesSentence(
        [
          { kind: 'activities', count: 14 },
          { kind: 'deals', count: 2 },
          { kind: 'tickets', count: 1 },
          { kind: 'orders', count: 0 },
          { kind: 'consents', count: 3 },
        ],
        'Ada Lovelace (2)',
      ),
    ).toBe('Moves 14 activities, 2 deals, 1 ticket and 3 consents from Ada Lovelace (2).');
    expect(movesSentence([{ kind: 'people', count: 1 }], 'Acme Inc')).toBe('Moves 1 person from Acme Inc.');
    expect(countText('subsidiaries', 1)).toBe('1 subsidiary');
    expect(countText('activities', 1200)).toBe(`${(1200).toLocaleString()} activities`);
  });

  it('says when nothing but the details moves', () => {
    expect(movesSentence([{ kind: 'deals', count: 0 }], 'Ada')).toBe(
      'Nothing but its details moves from Ada.',
    );
    expect(movesSentence([], 'Ada')).toBe('Nothing but its details moves from Ada.');
  });
});
