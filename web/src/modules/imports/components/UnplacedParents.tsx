import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { QueryError } from '../../../ui/QueryError';
import { useUnplacedParents } from '../hooks/useUnplacedParents';
import { type ImportJob, lineOf } from '../import-types';

/**
 * The companies written whose parent company the import could not find, or could not place without
 * a loop: the rows are in Rapport, only their place in the hierarchy is missing, set on each page.
 */
export function UnplacedParents({ job }: { job: ImportJob }) {
  const unplaced = useUnplacedParents(job.id);
  const rows = unplaced.data?.pages.flatMap((page) => page.data) ?? [];
  const total = job.parents.unplaced;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="unplaced-parents-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="unplaced-parents-title">
          Parent companies not set
        </Title>
        <Text size="sm" c="dimmed">
          {total.toLocaleString()} {total === 1 ? 'company was' : 'companies were'} imported without the
          parent company {total === 1 ? 'its' : 'their'} row named. Set it on the company’s page; a parent
          whose own row was rejected is set by itself once that row is fixed and imported.
        </Text>
        {unplaced.error && <QueryError error={unplaced.error} onRetry={() => void unplaced.refetch()} />}
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>Where</Table.Th>
                <Table.Th>Company</Table.Th>
                <Table.Th>Parent named</Table.Th>
                <Table.Th>Why not set</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.company.id}>
                  <Table.Td>{lineOf(r)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/companies/${r.company.id}`} size="sm">
                      {r.company.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {r.parent}
                    {r.parentName && (
                      <Text span size="sm" c="dimmed">
                        {' '}
                        or {r.parentName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{r.problem}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMoreButton
          hasMore={unplaced.hasNextPage}
          loading={unplaced.isFetchingNextPage}
          onLoadMore={() => void unplaced.fetchNextPage()}
          left={total - rows.length}
        />
      </Stack>
    </Paper>
  );
}
