import { EmptyState, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconFileImport } from '@tabler/icons-react';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { QueryError } from '../../../ui/QueryError';
import { useSession } from '../../account/hooks/useSession';
import { ImportsTable } from '../components/ImportsTable';
import { NewImportForm } from '../components/NewImportForm';
import { useImports } from '../hooks/useImports';
import { mayImport } from '../may-import';

export function ImportsPage() {
  useDocumentTitle('Import · Rapport');
  const importer = mayImport(useSession());
  const imports = useImports();
  const rows = imports.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <Stack maw={1000}>
      <Stack gap={4}>
        <Title order={1}>Import</Title>
        <Text c="dimmed" size="sm">
          Bring people or companies in from a file. You check how each column is read before anything is
          written, and rows that cannot be imported come back with their reasons.
        </Text>
      </Stack>
      {importer ? (
        <NewImportForm />
      ) : (
        <Text size="sm">Your role may look at imports, not start one: importing creates records.</Text>
      )}
      <Title order={2} size="h4" mt="lg">
        Past imports
      </Title>
      {imports.error && <QueryError error={imports.error} onRetry={() => void imports.refetch()} />}
      {imports.isPending && <Loader aria-label="Loading imports" />}
      {imports.isSuccess && rows.length === 0 && (
        <EmptyState
          icon={<IconFileImport size={28} aria-hidden />}
          title="No imports yet"
          description={`${importer ? 'Your first one' : 'Each one'} will be listed here, with what it created and what it rejected.`}
        />
      )}
      {rows.length > 0 && (
        <Paper withBorder radius="md">
          <ImportsTable imports={rows} mayDiscard={importer} />
        </Paper>
      )}
      <LoadMoreButton
        hasMore={imports.hasNextPage}
        loading={imports.isFetchingNextPage}
        onLoadMore={() => void imports.fetchNextPage()}
      />
    </Stack>
  );
}
