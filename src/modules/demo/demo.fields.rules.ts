import type { Country } from './demo.places.ts';

/** The languages a demo person may prefer: those of the demo's countries (demo.places.ts). */
const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'de', label: 'German' },
  { value: 'fr', label: 'French' },
  { value: 'es', label: 'Spanish' },
  { value: 'it', label: 'Italian' },
  { value: 'nl', label: 'Dutch' },
  { value: 'sv', label: 'Swedish' },
  { value: 'pl', label: 'Polish' },
  { value: 'pt', label: 'Portuguese' },
] as const;

/**
 * The custom fields a demo workspace has, as an admin would define them in Settings, and how each
 * record's value follows from what else is known about it: an account's tier from its revenue, a
 * person's language from their country.
 */
export const DEMO_FIELDS = [
  {
    objectType: 'companies',
    key: 'accountTier',
    label: 'Account tier',
    type: 'select',
    choices: [
      { value: 'strategic', label: 'Strategic' },
      { value: 'key', label: 'Key' },
      { value: 'growth', label: 'Growth' },
      { value: 'standard', label: 'Standard' },
    ],
  },
  {
    objectType: 'people',
    key: 'preferredLanguage',
    label: 'Preferred language',
    type: 'select',
    choices: LANGUAGES,
  },
] as const;

/** Revenue bands of the tiers, in the workspace's currency. */
export function accountTier(annualRevenue: number): string {
  if (annualRevenue >= 1_000_000_000) return 'strategic';
  if (annualRevenue >= 100_000_000) return 'key';
  if (annualRevenue >= 10_000_000) return 'growth';
  return 'standard';
}

/** The language of the country's locale; some people abroad prefer English, as business often does. */
export function preferredLanguage(country: Country, prefersEnglish: boolean): string {
  const language = country.locale.slice(0, 2);
  return prefersEnglish || !LANGUAGES.some((c) => c.value === language) ? 'en' : language;
}
