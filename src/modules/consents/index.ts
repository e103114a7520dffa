export { ConsentEventSchema, ConsentStateSchema } from './consents.present.ts';
export { consentRoutes } from './consents.routes.ts';
export {
  CHANNELS as CONSENT_CHANNELS,
  type ConsentState,
  type ContactChannel,
  consentSubject,
  foldConsents,
  mayContact,
} from './consents.rules.ts';
export { consentsOf, recordConsent } from './consents.service.ts';
