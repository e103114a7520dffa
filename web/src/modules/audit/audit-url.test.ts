import { describe, expect, test } from 'vitest';
import {
  auditLogHref,
  isHistoryStep,
  NO_AUDIT_FILTERS,
  readAuditSearch,
  writeAuditSearch,
} from './audit-url';

const TOKEN = '0b6f3c1e-8a4d-4f2b-9c1e-2d3a4b5c6d7e';
const MEMBER = 'A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D';

describe('the audit log’s filters in its address', () => {
  test('every filter survives the round trip', () => {
    const filters = {
      objectType: 'person' as const,
      action: 'updated' as const,
      actorId: MEMBER,
      apiTokenId: TOKEN,
      from: '2026-11-01',
      to: '2026-11-30',
    };
    const search = writeAuditSearch(filters);
    expect(search).toBe(
      `?objectType=person&action=updated&actorId=${MEMBER}&apiTokenId=${TOKEN}&from=2026-11-01&to=2026-11-30`,
    );
    expect(readAuditSearch(search)).toEqual(filters);
  });

  test('any kind of record the trail keeps is read, consents too', () => {
    expect(readAuditSearch('?objectType=consentEvent').objectType).toBe('consentEvent');
  });

  test('no filters is no query, and an empty one none', () => {
    expect(writeAuditSearch(NO_AUDIT_FILTERS)).toBe('');
    expect(readAuditSearch('')).toEqual(NO_AUDIT_FILTERS);
    expect(readAuditSearch('?')).toEqual(NO_AUDIT_FILTERS);
  });

  test('parameters that are not the log’s are kept, its own replaced', () => {
    const others = new URLSearchParams('?tab=x&action=deleted&utm=mail');
    expect(writeAuditSearch({ ...NO_AUDIT_FILTERS, action: 'created' }, others)).toBe(
      '?action=created&tab=x&utm=mail',
    );
  });

  test.each([
    ['an unknown record type', '?objectType=spaceship'],
    ['an unknown action', '?action=exploded'],
    ['a member id that is no id', '?actorId=1%20or%201'],
    ['a token id that is no id', '?apiTokenId=not-a-token'],
    ['a day that is not a date', '?from=2026-02-30'],
    ['a day in another form', '?to=01%2F12%2F2026'],
    ['an empty value', '?objectType=&apiTokenId='],
    ['garbled percent-encoding', '?action=%E0%A4%A'],
  ])('%s is ignored', (_, search) => {
    expect(readAuditSearch(search)).toEqual(NO_AUDIT_FILTERS);
  });

  test('an unreadable parameter leaves the readable ones', () => {
    expect(readAuditSearch(`?action=exploded&apiTokenId=${TOKEN}&x=1`)).toEqual({
      ...NO_AUDIT_FILTERS,
      apiTokenId: TOKEN,
    });
  });

  test('a range ending before it starts keeps its end', () => {
    expect(readAuditSearch('?from=2026-12-02&to=2026-12-01')).toEqual({
      ...NO_AUDIT_FILTERS,
      to: '2026-12-01',
    });
  });

  test('a link to one token’s changes', () => {
    expect(auditLogHref({ apiTokenId: TOKEN })).toBe(`/settings/audit-log?apiTokenId=${TOKEN}`);
  });

  test.each([
    ['picking a filter', true, {}, { action: 'created' as const }],
    ['clearing a filter', true, { apiTokenId: TOKEN }, {}],
    ['setting a date', true, {}, { from: '2026-11-01' }],
    ['clearing a date', true, { to: '2026-11-01' }, {}],
    ['moving a date already set', false, { from: '2026-11-01' }, { from: '2026-11-02' }],
    ['nothing changed', false, { action: 'created' as const }, { action: 'created' as const }],
  ])('%s is a step of its own in the history: %s', (_, step, previous, next) => {
    expect(isHistoryStep({ ...NO_AUDIT_FILTERS, ...previous }, { ...NO_AUDIT_FILTERS, ...next })).toBe(step);
  });
});
