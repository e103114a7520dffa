import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { QueryError } from '../../../ui/QueryError';
import { useImportRejections } from '../hooks/useImportRejections';
import type { ImportJob } from '../import-types';

/**
 * The rejected rows on screen, each with its reason, so they can be understood before the file of
 * them is downloaded and fixed. A CSV row is named by its line as a spreadsheet shows it (the header
 * is line 1); a vCard by its place in the file.
 */
export function RejectedRows({ job }: { job: ImportJob }) {
  const rejections = useImportRejections(job.id);
  const rows = rejections.data?.pages.flatMap((page) => page.data) ?? [];
  const where = (row: number) => (job.format === 'vcf' ? `Card ${row}` : `Line ${row + 1}`);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="rejected-rows-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="rejected-rows-title">
          Rejected rows
        </Title>
        {rejections.error && (
          <QueryError error={rejections.error} onRetry={() => void rejections.refetch()} />
        )}
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>Where</Table.Th>
                <Table.Th>Reason</Table.Th>
                <Table.Th>As read</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.row}>
                  <Table.Td>{where(r.row)}</Table.Td>
                  <Table.Td>{r.reason}</Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                      {r.cells.filter((cell) => cell !== '').join(' · ')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {rejections.hasNextPage && (
          <Button
            variant="default"
            onClick={() => void rejections.fetchNextPage()}
            loading={rejections.isFetchingNextPage}
            style={{ alignSelf: 'flex-start' }}
          >
            Show more ({(job.counts.rejected - rows.length).toLocaleString()} left)
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
