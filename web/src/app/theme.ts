import {
  type CSSVariablesResolver,
  createTheme,
  type DrawerProps,
  darken,
  luminance,
  type MenuProps,
  type ModalProps,
} from '@mantine/core';

// Mantine's close buttons are icons only: give every dialog's a name screen readers can say. Plain
// objects rather than Modal.extend / Drawer.extend, which would bring both components (and what they
// need to scroll, trap focus and position) into the code every page loads, the sign-in page included.
const closeButtonProps = { 'aria-label': 'Close' };
// A dialog's title bar is a <header>, which outside <main> is read as the page's banner: a second one
// beside the app's own (axe: landmark-no-duplicate-banner). It is only the dialog's title row.
const attributes = { header: { role: 'none' } };
// Shade 7, not Mantine's 6: white on a filled button, and a link on the page's grey, then reach the
// 4.5:1 contrast WCAG 2.2 asks of text (4.98 and 4.73; shade 6 gives 4.32 and 4.10).
const PRIMARY_SHADE = 7;

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: PRIMARY_SHADE,
  defaultRadius: 'md',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Modal: { defaultProps: { closeButtonProps, attributes } satisfies Partial<ModalProps> },
    Drawer: { defaultProps: { closeButtonProps, attributes } satisfies Partial<DrawerProps> },
    // Opened, a menu focuses its first item (the WAI-ARIA menu button pattern) instead of an empty
    // focusable placeholder, which a menu may not hold (axe: aria-required-children).
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } satisfies Partial<MenuProps> },
    // A badge says a status, a stage, a tag: cut short it says nothing ("S…" for Succeeded). Beside a
    // long line (a flex row) or in a table's narrowest column, it keeps its whole word and the line
    // or the other columns give way.
    Badge: { styles: { root: { flexShrink: 0 }, label: { overflow: 'visible' } } },
    // A link is mostly a record's name, which anyone typed: one word longer than the line (a name or
    // a company of sixty letters) breaks inside, where it would run off a phone's screen.
    Anchor: { styles: { root: { overflowWrap: 'anywhere' } } },
  },
});

/**
 * Colours that reach the 4.5:1 WCAG 2.2 asks of text, in the light scheme (the one Rapport uses).
 * Secondary ("dimmed") text: Mantine's grey 6 gives 3.3:1 on white and 3.2:1 on the page's grey; this
 * one gives 5.4 and 5.1, and still reads as secondary. Each palette colour's text (`c="red"`), outline
 * and filled background (under white text) start from its primary shade, and its light variant's text
 * from shade 9 on shade 1, as Mantine's do; where that misses (red 3.8:1, yellow 2.7, teal 4.3) the
 * colour is darkened until it reads. A form's error text is the readable red.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#646b72',
    // A placeholder is text too (grey 5: 2.1:1); lighter than what is typed, 4.7:1 on white.
    '--mantine-color-placeholder': '#6c757d',
    '--mantine-color-error': 'var(--mantine-color-red-text)',
    ...Object.fromEntries(
      Object.entries(resolved.colors).flatMap(([name, shades]) => readableShades(name, shades)),
    ),
  },
  dark: {},
});

export const PAGE_GREY = '#f8f9fa';
const WHITE = '#ffffff';

function readableShades(name: string, shades: readonly string[]): [string, string][] {
  const base = shades[PRIMARY_SHADE] as string;
  const text = readableOn(base, PAGE_GREY);
  const filled = readableOn(base, WHITE);
  return [
    [`--mantine-color-${name}-text`, text],
    [`--mantine-color-${name}-outline`, text],
    [`--mantine-color-${name}-filled`, filled],
    [`--mantine-color-${name}-filled-hover`, darken(filled, 0.12)],
    [`--mantine-color-${name}-light-color`, readableOn(shades[9] as string, shades[1] as string)],
  ];
}

export const READABLE = 4.5;

function readableOn(text: string, background: string): string {
  let color = text;
  for (let step = 0; step < 10 && contrast(color, background) < READABLE; step++) color = darken(color, 0.1);
  return color;
}

/** WCAG 2.2's contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
export function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
