import type { Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../../platform/db/schema.ts';
import type { Channel, ConsentSource, ConsentStatus, LawfulBasis } from './consents.rules.ts';

/** One grant or withdrawal, as recorded: never changed afterwards (a merge may move it to another person). */
export interface ConsentEventsTable {
  workspace_id: string;
  id: Generated<string>;
  person_id: string;
  purpose: string;
  channel: Channel;
  status: ConsentStatus;
  lawful_basis: Generated<LawfulBasis>;
  source: ConsentSource;
  evidence: string | null;
  occurred_at: Timestamp;
  recorded_by: string | null;
  created_at: CreatedAt;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    consent_events: ConsentEventsTable;
  }
}
