import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unstorableText, unstorableTextIn } from './text.ts';

// Text PostgreSQL stores as given: no NUL, every surrogate in a pair.
const storable = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !s.includes('\u0000'));
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    storable,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(storable, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Every place a string sits in a value (object keys included), by JSON Pointer. */
function stringPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, `${path}/${i}`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      stringPaths(v, `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`),
    );
  return [];
}

function withBadText(value: unknown, target: string, bad: string, path = ''): unknown {
  if (typeof value === 'string') return path === target ? value + bad : value;
  if (Array.isArray(value)) return value.map((item, i) => withBadText(item, target, bad, `${path}/${i}`));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        withBadText(v, target, bad, `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`),
      ]),
    );
  return value;
}

describe('text the database can store', () => {
  it('names nothing in values made of storable text', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(unstorableTextIn(value)).toEqual([]);
      }),
    );
  });

  it('names exactly the one string given a NUL or a lone surrogate, by its path', () => {
    const withTarget = json.chain((value) => {
      const paths = stringPaths(value);
      return paths.length === 0
        ? fc.constant(undefined)
        : fc.tuple(
            fc.constant(value),
            fc.constantFrom(...paths),
            fc.constantFrom('\u0000', '\ud800', '\udfff'),
          );
    });
    fc.assert(
      fc.property(withTarget, (picked) => {
        if (!picked) return;
        const [value, path, bad] = picked;
        const errors = unstorableTextIn(withBadText(value, path, bad), '/query');
        expect(errors.map((e) => e.path)).toEqual([`/query${path}`]);
        expect(errors[0]?.message).toBe(unstorableText(bad));
      }),
    );
  });

  it('keeps a surrogate pair (an emoji) and names a key that holds a NUL', () => {
    expect(unstorableText('Zoë 😀 李')).toBeUndefined();
    expect(unstorableTextIn({ 'a/b\u0000': 1 })).toEqual([
      { path: '/a~1b\u0000', message: 'Text cannot contain the NUL character (U+0000).' },
    ]);
  });
});
