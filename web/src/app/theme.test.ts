import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrast, cssVariablesResolver, PAGE_GREY, READABLE, theme } from './theme';

const resolved = mergeMantineTheme(DEFAULT_THEME, theme);
const light = cssVariablesResolver(resolved).light as Record<string, string>;
const WHITE = '#ffffff';

describe('the theme’s colours', () => {
  it('are ones Mantine resolves the way WCAG measures them (black on white 21:1)', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrast('#868e96', WHITE)).toBeCloseTo(3.32, 2);
  });

  it('give secondary text and placeholders 4.5:1 on white and on the page’s grey', () => {
    for (const name of ['--mantine-color-dimmed', '--mantine-color-placeholder']) {
      expect(contrast(light[name] as string, WHITE), name).toBeGreaterThanOrEqual(READABLE);
    }
    expect(contrast(light['--mantine-color-dimmed'] as string, PAGE_GREY)).toBeGreaterThanOrEqual(READABLE);
  });

  it.each(Object.keys(resolved.colors))(
    'make %s readable as text, under white text, and in its light variant',
    (name) => {
      const shades = resolved.colors[name] as readonly string[];
      expect(contrast(light[`--mantine-color-${name}-text`] as string, PAGE_GREY)).toBeGreaterThanOrEqual(
        READABLE,
      );
      expect(contrast(light[`--mantine-color-${name}-filled`] as string, WHITE)).toBeGreaterThanOrEqual(
        READABLE,
      );
      expect(
        contrast(light[`--mantine-color-${name}-light-color`] as string, shades[1] as string),
      ).toBeGreaterThanOrEqual(READABLE);
    },
  );

  it('keep a colour that already reads as Mantine made it', () => {
    expect(light['--mantine-color-indigo-filled']).toBe(resolved.colors.indigo[7]);
    expect(light['--mantine-color-red-text']).not.toBe(resolved.colors.red[7]);
  });
});
