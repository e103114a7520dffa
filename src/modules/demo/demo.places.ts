import { type CountryCode, getCountryCallingCode, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import type { Rng } from './demo.random.ts';

/**
 * Where demo customers live: real cities (region, coordinates, a postal code pattern, the area code
 * of their landlines) in the countries a European or American CRM sees most. Faker supplies names
 * and streets in each country's language; phone numbers are built on the country's own prefixes and
 * kept only when libphonenumber (the same metadata the people rules use) calls them valid.
 */
export interface City {
  name: string;
  region: string;
  lat: number;
  lon: number;
  /** `#` a digit, `?` a capital letter. */
  postal: string;
  /** National prefix of landlines (without the trunk 0, except in Italy where it belongs to the number). */
  area: string;
}

export interface Country {
  code: CountryCode;
  /** A key of @faker-js/faker's locales. */
  locale: string;
  weight: number;
  /** National mobile prefixes; the city's area code comes first where mobiles share it (NANP, Brazil). */
  mobile: string[];
  mobileLength: number;
  /** Possible national lengths of landlines, tried in order. */
  landLengths: number[];
  mobileUsesArea?: boolean;
  cities: City[];
}

const c = (name: string, region: string, lat: number, lon: number, postal: string, area: string): City => ({
  name,
  region,
  lat,
  lon,
  postal,
  area,
});

export const COUNTRIES: Country[] = [
  {
    code: 'US',
    locale: 'en_US',
    weight: 30,
    mobile: [''],
    mobileLength: 10,
    landLengths: [10],
    mobileUsesArea: true,
    cities: [
      c('New York', 'NY', 40.7128, -74.006, '100##', '212'),
      c('San Francisco', 'CA', 37.7749, -122.4194, '941##', '415'),
      c('Chicago', 'IL', 41.8781, -87.6298, '606##', '312'),
      c('Austin', 'TX', 30.2672, -97.7431, '787##', '512'),
      c('Boston', 'MA', 42.3601, -71.0589, '021##', '617'),
      c('Seattle', 'WA', 47.6062, -122.3321, '981##', '206'),
      c('Denver', 'CO', 39.7392, -104.9903, '802##', '303'),
      c('Atlanta', 'GA', 33.749, -84.388, '303##', '404'),
      c('Miami', 'FL', 25.7617, -80.1918, '331##', '305'),
      c('Los Angeles', 'CA', 34.0522, -118.2437, '900##', '213'),
    ],
  },
  {
    code: 'CA',
    locale: 'en_CA',
    weight: 4,
    mobile: [''],
    mobileLength: 10,
    landLengths: [10],
    mobileUsesArea: true,
    cities: [
      c('Toronto', 'ON', 43.6532, -79.3832, 'M5? #?#', '416'),
      c('Vancouver', 'BC', 49.2827, -123.1207, 'V6? #?#', '604'),
      c('Montréal', 'QC', 45.5019, -73.5674, 'H2? #?#', '514'),
      c('Calgary', 'AB', 51.0447, -114.0719, 'T2? #?#', '403'),
      c('Ottawa', 'ON', 45.4215, -75.6972, 'K1? #?#', '613'),
    ],
  },
  {
    code: 'GB',
    locale: 'en_GB',
    weight: 10,
    mobile: ['74', '75', '77', '78', '79'],
    mobileLength: 10,
    landLengths: [10],
    cities: [
      c('London', 'England', 51.5074, -0.1278, 'EC# #??', '20'),
      c('Manchester', 'England', 53.4808, -2.2426, 'M# #??', '161'),
      c('Birmingham', 'England', 52.4862, -1.8904, 'B# #??', '121'),
      c('Leeds', 'England', 53.8008, -1.5491, 'LS# #??', '113'),
      c('Edinburgh', 'Scotland', 55.9533, -3.1883, 'EH# #??', '131'),
      c('Bristol', 'England', 51.4545, -2.5879, 'BS# #??', '117'),
    ],
  },
  {
    code: 'IE',
    locale: 'en_IE',
    weight: 2,
    mobile: ['83', '85', '86', '87'],
    mobileLength: 9,
    landLengths: [8, 9],
    cities: [
      c('Dublin', 'Leinster', 53.3498, -6.2603, 'D0# ?###', '1'),
      c('Cork', 'Munster', 51.8985, -8.4756, 'T12 ?###', '21'),
      c('Galway', 'Connacht', 53.2707, -9.0568, 'H91 ?###', '91'),
    ],
  },
  {
    code: 'DE',
    locale: 'de',
    weight: 12,
    mobile: ['151', '152', '160', '170', '171', '172', '176'],
    mobileLength: 11,
    landLengths: [10, 11, 9],
    cities: [
      c('Berlin', 'Berlin', 52.52, 13.405, '10###', '30'),
      c('München', 'Bayern', 48.1351, 11.582, '80###', '89'),
      c('Hamburg', 'Hamburg', 53.5511, 9.9937, '20###', '40'),
      c('Frankfurt am Main', 'Hessen', 50.1109, 8.6821, '60###', '69'),
      c('Köln', 'Nordrhein-Westfalen', 50.9375, 6.9603, '50###', '221'),
      c('Stuttgart', 'Baden-Württemberg', 48.7758, 9.1829, '70###', '711'),
      c('Düsseldorf', 'Nordrhein-Westfalen', 51.2277, 6.7735, '40###', '211'),
      c('Leipzig', 'Sachsen', 51.3397, 12.3731, '04###', '341'),
    ],
  },
  {
    code: 'AT',
    locale: 'de_AT',
    weight: 2,
    mobile: ['664', '676', '650', '699'],
    mobileLength: 10,
    landLengths: [8, 9, 10],
    cities: [
      c('Wien', 'Wien', 48.2082, 16.3738, '1###', '1'),
      c('Graz', 'Steiermark', 47.0707, 15.4395, '80##', '316'),
      c('Linz', 'Oberösterreich', 48.3069, 14.2858, '40##', '732'),
      c('Salzburg', 'Salzburg', 47.8095, 13.055, '50##', '662'),
    ],
  },
  {
    code: 'CH',
    locale: 'de_CH',
    weight: 3,
    mobile: ['76', '77', '78', '79'],
    mobileLength: 9,
    landLengths: [9],
    cities: [
      c('Zürich', 'ZH', 47.3769, 8.5417, '80##', '44'),
      c('Basel', 'BS', 47.5596, 7.5886, '40##', '61'),
      c('Bern', 'BE', 46.948, 7.4474, '30##', '31'),
      c('Genève', 'GE', 46.2044, 6.1432, '12##', '22'),
    ],
  },
  {
    code: 'FR',
    locale: 'fr',
    weight: 9,
    mobile: ['6', '7'],
    mobileLength: 9,
    landLengths: [9],
    cities: [
      c('Paris', 'Île-de-France', 48.8566, 2.3522, '750##', '1'),
      c('Lyon', 'Auvergne-Rhône-Alpes', 45.764, 4.8357, '6900#', '4'),
      c('Marseille', "Provence-Alpes-Côte d'Azur", 43.2965, 5.3698, '130##', '4'),
      c('Toulouse', 'Occitanie', 43.6047, 1.4442, '310##', '5'),
      c('Nantes', 'Pays de la Loire', 47.2184, -1.5536, '440##', '2'),
      c('Bordeaux', 'Nouvelle-Aquitaine', 44.8378, -0.5792, '330##', '5'),
      c('Lille', 'Hauts-de-France', 50.6292, 3.0573, '590##', '3'),
    ],
  },
  {
    code: 'ES',
    locale: 'es',
    weight: 5,
    mobile: ['6'],
    mobileLength: 9,
    landLengths: [9],
    cities: [
      c('Madrid', 'Comunidad de Madrid', 40.4168, -3.7038, '280##', '91'),
      c('Barcelona', 'Cataluña', 41.3874, 2.1686, '080##', '93'),
      c('Valencia', 'Comunidad Valenciana', 39.4699, -0.3763, '460##', '96'),
      c('Sevilla', 'Andalucía', 37.3891, -5.9845, '410##', '95'),
      c('Bilbao', 'País Vasco', 43.263, -2.935, '480##', '94'),
    ],
  },
  {
    code: 'IT',
    locale: 'it',
    weight: 5,
    mobile: ['320', '328', '333', '340', '347', '348'],
    mobileLength: 10,
    landLengths: [10, 9],
    cities: [
      c('Milano', 'Lombardia', 45.4642, 9.19, '201##', '02'),
      c('Roma', 'Lazio', 41.9028, 12.4964, '001##', '06'),
      c('Torino', 'Piemonte', 45.0703, 7.6869, '101##', '011'),
      c('Bologna', 'Emilia-Romagna', 44.4949, 11.3426, '401##', '051'),
      c('Napoli', 'Campania', 40.8518, 14.2681, '801##', '081'),
      c('Firenze', 'Toscana', 43.7696, 11.2558, '501##', '055'),
    ],
  },
  {
    code: 'NL',
    locale: 'nl',
    weight: 5,
    mobile: ['6'],
    mobileLength: 9,
    landLengths: [9],
    cities: [
      c('Amsterdam', 'Noord-Holland', 52.3676, 4.9041, '10## ??', '20'),
      c('Rotterdam', 'Zuid-Holland', 51.9244, 4.4777, '30## ??', '10'),
      c('Utrecht', 'Utrecht', 52.0907, 5.1214, '35## ??', '30'),
      c('Den Haag', 'Zuid-Holland', 52.0705, 4.3007, '25## ??', '70'),
      c('Eindhoven', 'Noord-Brabant', 51.4416, 5.4697, '56## ??', '40'),
    ],
  },
  {
    code: 'SE',
    locale: 'sv',
    weight: 3,
    mobile: ['70', '72', '73', '76'],
    mobileLength: 9,
    landLengths: [9, 8],
    cities: [
      c('Stockholm', 'Stockholms län', 59.3293, 18.0686, '11# ##', '8'),
      c('Göteborg', 'Västra Götalands län', 57.7089, 11.9746, '41# ##', '31'),
      c('Malmö', 'Skåne län', 55.605, 13.0038, '21# ##', '40'),
      c('Uppsala', 'Uppsala län', 59.8586, 17.6389, '75# ##', '18'),
    ],
  },
  {
    code: 'PL',
    locale: 'pl',
    weight: 3,
    mobile: ['50', '51', '53', '60', '66', '69', '72', '78', '79', '88'],
    mobileLength: 9,
    landLengths: [9],
    cities: [
      c('Warszawa', 'mazowieckie', 52.2297, 21.0122, '00-###', '22'),
      c('Kraków', 'małopolskie', 50.0647, 19.945, '30-###', '12'),
      c('Wrocław', 'dolnośląskie', 51.1079, 17.0385, '50-###', '71'),
      c('Gdańsk', 'pomorskie', 54.352, 18.6466, '80-###', '58'),
      c('Poznań', 'wielkopolskie', 52.4064, 16.9252, '60-###', '61'),
    ],
  },
  {
    code: 'BR',
    locale: 'pt_BR',
    weight: 4,
    mobile: ['9'],
    mobileLength: 11,
    landLengths: [10],
    mobileUsesArea: true,
    cities: [
      c('São Paulo', 'SP', -23.5505, -46.6333, '01###-###', '11'),
      c('Rio de Janeiro', 'RJ', -22.9068, -43.1729, '20###-###', '21'),
      c('Belo Horizonte', 'MG', -19.9167, -43.9345, '30###-###', '31'),
      c('Curitiba', 'PR', -25.4284, -49.2733, '80###-###', '41'),
      c('Porto Alegre', 'RS', -30.0346, -51.2177, '90###-###', '51'),
    ],
  },
  {
    code: 'AU',
    locale: 'en_AU',
    weight: 4,
    mobile: ['4'],
    mobileLength: 9,
    landLengths: [9],
    cities: [
      c('Sydney', 'NSW', -33.8688, 151.2093, '20##', '2'),
      c('Melbourne', 'VIC', -37.8136, 144.9631, '30##', '3'),
      c('Brisbane', 'QLD', -27.4698, 153.0251, '40##', '7'),
      c('Perth', 'WA', -31.9505, 115.8605, '60##', '8'),
      c('Adelaide', 'SA', -34.9285, 138.6007, '50##', '8'),
    ],
  },
];

export const COUNTRY_WEIGHTS = COUNTRIES.map((country, i) => [i, country.weight] as const);

/** A code like "941##" or "M5? #?#" filled in. */
export function postalCode(rng: Rng, pattern: string): string {
  let out = '';
  for (const ch of pattern) {
    if (ch === '#') out += String(rng.int(10));
    else if (ch === '?') out += String.fromCharCode(65 + rng.int(26));
    else out += ch;
  }
  return out;
}

/** A point within a few kilometres of the city centre, rounded as geocoders return it. */
export function nearby(rng: Rng, city: City): { latitude: number; longitude: number } {
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  return {
    latitude: round(city.lat + (rng.next() - 0.5) * 0.08),
    longitude: round(city.lon + (rng.next() - 0.5) * 0.12),
  };
}

const digits = (rng: Rng, n: number) => {
  let out = '';
  for (let i = 0; i < n; i++) out += String(rng.int(10));
  return out;
};

/** E.164 of a national number, when libphonenumber calls it valid for the country. */
function valid(country: Country, national: string): string | undefined {
  try {
    const parsed = parsePhoneNumberWithError(national, { defaultCountry: country.code });
    return parsed.isValid() ? parsed.number : undefined;
  } catch {
    return undefined;
  }
}

/** A valid mobile number in E.164. */
export function mobileNumber(rng: Rng, country: Country, city: City): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const prefix = (country.mobileUsesArea ? city.area : '') + rng.pick(country.mobile);
    const number = valid(country, prefix + digits(rng, country.mobileLength - prefix.length));
    if (number) return number;
  }
  return fallback(country);
}

/** A valid landline of the city in E.164 (a mobile if the plan defeats us). */
export function landlineNumber(rng: Rng, country: Country, city: City): string {
  for (const length of country.landLengths) {
    for (let attempt = 0; attempt < 6; attempt++) {
      const number = valid(country, city.area + digits(rng, length - city.area.length));
      if (number) return number;
    }
  }
  return mobileNumber(rng, country, city);
}

function fallback(country: Country): string {
  throw new Error(`no valid demo phone number for ${country.code} (+${getCountryCallingCode(country.code)})`);
}
