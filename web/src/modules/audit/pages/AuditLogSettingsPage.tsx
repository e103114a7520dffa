import { Button, EmptyState, Loader, Stack } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { QueryError } from '../../../ui/QueryError';
import { SectionHeader } from '../../../ui/SectionHeader';
import { useApiTokens } from '../../api-tokens/hooks/useApiTokens';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import { type AuditFilterValues, NO_AUDIT_FILTERS } from '../audit-url';
import { AuditEntryList } from '../components/AuditEntryList';
import { AuditFilters } from '../components/AuditFilters';
import { type AuditFilters as AuditQuery, useAuditLog } from '../hooks/useAuditLog';
import { useAuditUrlFilters } from '../hooks/useAuditUrlFilters';

/** The filter form's local dates as the API's instants: whole days in the viewer's time zone. */
function toQuery(filters: AuditFilterValues): AuditQuery {
  return {
    objectType: filters.objectType ?? undefined,
    action: filters.action ?? undefined,
    actorId: filters.actorId ?? undefined,
    apiTokenId: filters.apiTokenId ?? undefined,
    since: filters.from ? new Date(`${filters.from}T00:00:00`).toISOString() : undefined,
    until: filters.to ? new Date(`${filters.to}T23:59:59.999`).toISOString() : undefined,
  };
}

export function AuditLogSettingsPage() {
  const [filters, setFilters] = useAuditUrlFilters();
  const log = useAuditLog(toQuery(filters));
  const members = useUserDirectory();
  // Who reads the audit log manages users, and so sees every member's tokens.
  const tokens = useApiTokens({ everyone: true });
  const entries = log.data?.pages.flatMap((page) => page.data) ?? [];
  const nameOf = (id: string) => members.data?.find((member) => member.id === id)?.name;
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_AUDIT_FILTERS);

  return (
    <Stack>
      <SectionHeader
        title="Audit log"
        description="Every create, update and delete in this workspace, newest first: who, when, through what, and each field before and after."
      />
      <AuditFilters
        value={filters}
        onChange={setFilters}
        members={members.data ?? []}
        tokens={tokens.data ?? []}
      />
      {log.error && <QueryError error={log.error} onRetry={() => void log.refetch()} />}
      {log.isPending && <Loader aria-label="Loading the audit log" />}
      {log.isSuccess && entries.length === 0 && (
        <EmptyState
          icon={<IconHistory size={28} aria-hidden />}
          title={filtered ? 'No entries match' : 'Nothing recorded yet'}
          description={filtered ? 'Try fewer filters or a wider date range.' : 'Changes will appear here.'}
        >
          {filtered && (
            <Button variant="light" onClick={() => setFilters(NO_AUDIT_FILTERS)}>
              Clear filters
            </Button>
          )}
        </EmptyState>
      )}
      {entries.length > 0 && <AuditEntryList entries={entries} nameOf={nameOf} />}
      <LoadMoreButton
        hasMore={log.hasNextPage}
        loading={log.isFetchingNextPage}
        onLoadMore={() => void log.fetchNextPage()}
      />
    </Stack>
  );
}
