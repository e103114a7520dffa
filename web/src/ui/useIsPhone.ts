import { useMediaQuery } from '@mantine/hooks';

/**
 * Below Mantine's `sm` breakpoint (48em), as the app shell and Settings measure a phone. A layout
 * chosen by it renders only its own parts (not hidden copies beside the desktop ones), so each text is
 * in the page once. Tables choose by their own box instead (`useNarrowerThan`).
 */
export function useIsPhone(): boolean {
  return useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
}
