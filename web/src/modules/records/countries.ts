import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { getCountries } from 'libphonenumber-js/min';
import { foldForSearch } from '../../ui/format';
import type { Choice } from './record-fields';

/**
 * Countries as people read them. Addresses hold ISO 3166-1 alpha-2 codes (the server checks them
 * against the same list, people.rules.ts: cleanCountry); a person sees and searches the names, in the
 * browser's language (Intl.DisplayNames).
 */
const names = new Intl.DisplayNames(undefined, { type: 'region', fallback: 'none' });

/** "FR" → "France"; a code the browser cannot name stays as it is. */
export function countryName(code: string): string {
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    // Not shaped like a region code at all ("F", "12"): DisplayNames throws a RangeError.
    return code;
  }
}

let choices: Choice[] | null = null;

/** Every country the server accepts, by name in alphabetical order, its code as the value. */
export function countryChoices(): readonly Choice[] {
  choices ??= getCountries()
    .map((code) => ({ value: code, label: countryName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return choices;
}

/**
 * A choice list's search: by label anywhere in it, or by its exact value ("fr" finds France), so a
 * country is found by its name or its code.
 */
export const searchChoices: OptionsFilter = ({ options, search }) => {
  const wanted = foldForSearch(search.trim());
  if (!wanted) return options;
  const matches = (item: ComboboxItem) =>
    foldForSearch(item.label).includes(wanted) || foldForSearch(String(item.value)) === wanted;
  return options.flatMap((option): ComboboxParsedItem[] => {
    if (!('group' in option)) return matches(option) ? [option] : [];
    const items = option.items.filter(matches);
    return items.length > 0 ? [{ ...option, items }] : [];
  });
};
