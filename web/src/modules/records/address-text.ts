import { countryName } from './countries';

interface AddressParts {
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  region?: string | null;
  country?: string | null;
}

/** An address on one line, its country by name ("…, Manchester, United Kingdom"), for reading. */
export function addressText(address: AddressParts): string {
  const town = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [address.street, town, address.region, address.country && countryName(address.country)]
    .filter(Boolean)
    .join(', ');
}
