import { describe, expect, it } from 'vitest';
import { otherUmlautSpelling } from './search-score.ts';

describe('the other spelling of a German name', () => {
  it('writes umlauts out, and reads ae, oe, ue as the umlaut search holds without its dots', () => {
    expect(otherUmlautSpelling('Müller')).toBe('mueller');
    expect(otherUmlautSpelling('Jürgen Schröder')).toBe('juergen schroeder');
    expect(otherUmlautSpelling('Bäckerei')).toBe('baeckerei');
    // Composed or not, as a Mac writes it.
    expect(otherUmlautSpelling('Mu\u0308ller')).toBe('mueller');
    expect(otherUmlautSpelling('Mueller')).toBe('muller');
    expect(otherUmlautSpelling('JUERGEN SCHROEDER')).toBe('jurgen schroder');
    expect(otherUmlautSpelling('Baeckerei')).toBe('backerei');
  });

  it('has none for a name without them, nor for the ue of qu', () => {
    expect(otherUmlautSpelling('John Smith')).toBeUndefined();
    expect(otherUmlautSpelling('Enrique')).toBeUndefined();
    expect(otherUmlautSpelling('Jacques')).toBeUndefined();
    expect(otherUmlautSpelling('')).toBeUndefined();
  });
});
