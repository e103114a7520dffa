import {
  type components,
  consentEventChannelValues,
  consentEventLawfulBasisValues,
  consentEventSourceValues,
} from '../../api/schema.gen';
import { humanize } from '../../ui/format';

export type ConsentState = components['schemas']['ConsentState'];
export type ConsentEvent = components['schemas']['ConsentEvent'];
export type ConsentChannel = ConsentEvent['channel'];
export type ConsentStatus = ConsentEvent['status'];
export type LawfulBasis = ConsentEvent['lawfulBasis'];
export type ConsentSource = ConsentEvent['source'];

/** src/modules/consents/consents.rules.ts (the purposes are open: these are only suggested). */
export const SUGGESTED_PURPOSES = ['newsletter', 'marketing', 'product_updates', 'profiling'];
export const CHANNELS = consentEventChannelValues;
export const LAWFUL_BASES = consentEventLawfulBasisValues;
export const SOURCES = consentEventSourceValues;

const LABELS: Record<string, string> = { sms: 'SMS', any: 'Any channel', email: 'E-mail' };

/** `sms` → `SMS`, `product_updates` → `Product updates`. */
export const labelOf = (value: string): string => LABELS[value] ?? humanize(value.replaceAll('_', ' '));

export const optionsOf = (values: readonly string[]) =>
  values.map((value) => ({ value, label: labelOf(value) }));
