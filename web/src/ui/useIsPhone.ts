import { useMediaQuery } from '@mantine/hooks';

/**
 * Below Mantine's `sm` breakpoint (48em), as the app shell and Settings measure a phone. A table that
 * lays itself out for a phone renders its phone cells only there (not hidden copies beside the
 * desktop ones), so each text is in the page once.
 */
export function useIsPhone(): boolean {
  return useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
}
