import { useEffect, useState } from 'react';
import type { ImportMode, UnknownOwner } from '../import-types';
import { cleanReadings, type ValueReadings } from '../value-readings';

/** What a person chose at the mapping step, before starting: kept in the tab across a reload. */
export interface MappingDraft {
  mapping: Record<string, string | null>;
  mode: ImportMode;
  phoneCountry?: string | undefined;
  dateAnswer?: 'dayFirst' | 'monthFirst' | 'ask' | undefined;
  unknownOwner?: UnknownOwner | undefined;
  /** What the person chose for values of pick-list columns (the rest read as proposed). */
  values?: ValueReadings | undefined;
  /** The unique field rows match on first; null: e-mail or domain only; unset: the first one mapped. */
  matchOn?: string | null | undefined;
}

const keyOf = (importId: string) => `rapport:import-mapping:${importId}`;

/**
 * The mapping step's choices, kept in sessionStorage (this tab, this import) as they change, so a
 * reload or a look at another page does not send a person back to the proposed mapping. Only the
 * columns the file has are taken back; anything unreadable is ignored.
 */
export function useMappingDraft(importId: string, header: readonly string[], initial: MappingDraft) {
  const [draft, setDraft] = useState<MappingDraft>(() => ({ ...initial, ...restore(importId, header) }));
  useEffect(() => {
    try {
      sessionStorage.setItem(keyOf(importId), JSON.stringify(draft));
    } catch {
      // Storage full or denied (a private window): the draft lives as long as the page, as before.
    }
  }, [importId, draft]);
  return [draft, setDraft] as const;
}

/** Forgets the draft once the import has started: its choices now live on the import. */
export function forgetMappingDraft(importId: string): void {
  try {
    sessionStorage.removeItem(keyOf(importId));
  } catch {
    // Nothing stored, nothing to forget.
  }
}

function restore(importId: string, header: readonly string[]): Partial<MappingDraft> {
  let saved: unknown;
  try {
    saved = JSON.parse(sessionStorage.getItem(keyOf(importId)) ?? 'null');
  } catch {
    return {};
  }
  if (!saved || typeof saved !== 'object') return {};
  const { mapping, mode, phoneCountry, dateAnswer, unknownOwner, values, matchOn } = saved as Record<
    string,
    unknown
  >;
  const out: Partial<MappingDraft> = {};
  if (mapping && typeof mapping === 'object') {
    const columns = new Set(header);
    out.mapping = Object.fromEntries(
      Object.entries(mapping as Record<string, unknown>).filter(
        (entry): entry is [string, string | null] =>
          columns.has(entry[0]) && (entry[1] === null || typeof entry[1] === 'string'),
      ),
    );
  }
  if (mode === 'update' || mode === 'skip' || mode === 'create') out.mode = mode;
  if (typeof phoneCountry === 'string' && /^[A-Z]{2}$/.test(phoneCountry)) out.phoneCountry = phoneCountry;
  if (dateAnswer === 'dayFirst' || dateAnswer === 'monthFirst' || dateAnswer === 'ask')
    out.dateAnswer = dateAnswer;
  if (unknownOwner === 'reject' || unknownOwner === 'ignore') out.unknownOwner = unknownOwner;
  if (matchOn === null || typeof matchOn === 'string') out.matchOn = matchOn;
  const readings = cleanReadings(values);
  if (readings) out.values = readings;
  return out;
}
