import { createTheme, type DrawerProps, type ModalProps } from '@mantine/core';

// Mantine's close buttons are icons only: give every dialog's a name screen readers can say. Plain
// objects rather than Modal.extend / Drawer.extend, which would bring both components (and what they
// need to scroll, trap focus and position) into the code every page loads, the sign-in page included.
const closeButtonProps = { 'aria-label': 'Close' };

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Modal: { defaultProps: { closeButtonProps } satisfies Partial<ModalProps> },
    Drawer: { defaultProps: { closeButtonProps } satisfies Partial<DrawerProps> },
  },
});
