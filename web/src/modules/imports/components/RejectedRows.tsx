import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { QueryError } from '../../../ui/QueryError';
import { useImportRejections } from '../hooks/useImportRejections';
import { useRejectionGroups } from '../hooks/useRejectionGroups';
import { type ImportJob, type ImportRejection, lineOf } from '../import-types';
import { FixRejectedRows } from './FixRejectedRows';
import { RejectionGroupChips } from './RejectionGroupChips';

/**
 * The rejected rows on screen, each with its reason, so they can be understood, then fixed here
 * (`mayFix`: a role that may import, a CSV file) or in the downloaded file. A CSV row is named by its
 * line as a spreadsheet shows it (the header is line 1); a vCard by its place in the file.
 */
export function RejectedRows({ job, mayFix }: { job: ImportJob; mayFix: boolean }) {
  const [about, setAbout] = useState<string>();
  const rejections = useImportRejections(job.id, about);
  const groups = useRejectionGroups(job.id);
  const [fixing, setFixing] = useState(false);
  const fixButton = useRef<HTMLButtonElement>(null);
  const wasFixing = useRef(false);
  useEffect(() => {
    // Back from the form (it held the focus), the keyboard carries on from "Fix rows".
    if (wasFixing.current && !fixing) fixButton.current?.focus();
    wasFixing.current = fixing;
  }, [fixing]);
  const rows = rejections.data?.pages.flatMap((page) => page.data) ?? [];
  const shownTotal =
    about === undefined
      ? job.counts.rejected
      : (groups.data?.find((g) => g.about === about)?.count ?? rows.length);
  const where = (r: ImportRejection) => (job.format === 'vcf' ? `Card ${r.sourceRow}` : lineOf(r));
  const retries = new Map(job.retriedBy.map((r) => [r.id, r.number]));
  const fixable =
    mayFix && job.format === 'csv' && (rejections.hasNextPage || rows.some((r) => r.retriedIn === null));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="rejected-rows-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="rejected-rows-title">
            Rejected rows
          </Title>
          {fixable && !fixing && (
            <Button
              ref={fixButton}
              variant="light"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setFixing(true)}
            >
              Fix rows
            </Button>
          )}
        </Group>
        {job.retryOf && job.format === 'csv' && (
          <Text size="sm" c="dimmed">
            These rows were fixed from import {job.retryOf.number}: each is named by its line in the file
            first imported.
          </Text>
        )}
        {/* Fixed while one group shows, the form's edits stay with the rows on screen. */}
        <RejectionGroupChips
          importId={job.id}
          total={job.counts.rejected}
          value={about}
          onChange={setAbout}
          disabled={fixing}
        />
        {rejections.error && (
          <QueryError error={rejections.error} onRetry={() => void rejections.refetch()} />
        )}
        {fixing ? (
          <FixRejectedRows job={job} rows={rows} onClose={() => setFixing(false)} />
        ) : (
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
                    <Table.Td>{where(r)}</Table.Td>
                    <Table.Td>
                      {r.reason}
                      {r.retriedIn && (
                        <Text size="xs" c="dimmed">
                          Fixed and sent to{' '}
                          <Anchor component={Link} to={`/imports/${r.retriedIn}`} size="xs">
                            {retries.has(r.retriedIn)
                              ? `import ${retries.get(r.retriedIn)}`
                              : 'a later import'}
                          </Anchor>
                        </Text>
                      )}
                    </Table.Td>
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
        )}
        <LoadMoreButton
          hasMore={rejections.hasNextPage}
          loading={rejections.isFetchingNextPage}
          onLoadMore={() => void rejections.fetchNextPage()}
          left={shownTotal - rows.length}
        />
      </Stack>
    </Paper>
  );
}
