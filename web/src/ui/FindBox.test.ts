import { describe, expect, it } from 'vitest';
import { indexesFound } from './FindBox';

describe('indexesFound', () => {
  const texts = ['E-mail', 'Société', 'Côte d’Ivoire', 'Property 14', 'Property 140'];

  it('finds a text by any part of it, case, accents and apostrophes aside', () => {
    expect(indexesFound(texts, 'societe')).toEqual([1]);
    expect(indexesFound(texts, "cote d'ivoire")).toEqual([2]);
    expect(indexesFound(texts, '  property 14 ')).toEqual([3, 4]);
    expect(indexesFound(texts, 'MAIL')).toEqual([0]);
  });

  it('lists all when nothing is typed, and none when nothing holds it', () => {
    expect(indexesFound(texts, ' ')).toEqual([0, 1, 2, 3, 4]);
    expect(indexesFound(texts, 'phone')).toEqual([]);
  });
});
