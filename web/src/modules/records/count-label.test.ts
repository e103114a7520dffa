import { describe, expect, it } from 'vitest';
import { countLabel } from './count-label';

const noun = { one: 'person', many: 'people' };

describe('a list’s count in words', () => {
  it('says exact counts whole, a lower bound with a plus, an estimate as about', () => {
    expect(countLabel({ count: 1, accuracy: 'exact' }, noun)).toBe('1 person');
    expect(countLabel({ count: 0, accuracy: 'exact' }, noun)).toBe('0 people');
    expect(countLabel({ count: 1234, accuracy: 'exact' }, noun)).toBe(`${(1234).toLocaleString()} people`);
    expect(countLabel({ count: 10_000, accuracy: 'atLeast' }, noun)).toBe(
      `${(10_000).toLocaleString()}+ people`,
    );
    expect(countLabel({ count: 1_234_567, accuracy: 'estimate' }, noun)).toMatch(/^about 1\.2\s?M people$/);
  });
});
