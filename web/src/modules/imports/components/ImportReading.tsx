import { Accordion, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { QueryError } from '../../../ui/QueryError';
import { useImportColumns } from '../hooks/useImportColumns';
import { type ImportColumn, type ImportJob, OBJECT_LABELS } from '../import-types';

/** How rows found the records they updated: by our id, then by another system's ID, if given. */
function matchingSentence(job: ImportJob, columns: ImportColumn[]): string {
  const { plural } = OBJECT_LABELS[job.object];
  if (job.dedupe === null || job.mode === 'create')
    return `Rows were not matched to existing ${plural.toLowerCase()}: each made a new one.`;
  const ways = [
    columns.some((c) => c.field === 'id') ? 'their record id in Rapport' : undefined,
    job.matchOn ? columns.find((c) => c.field === `customFields.${job.matchOn}`)?.label : undefined,
    job.object === 'people' ? 'e-mail address' : 'domain',
  ];
  const found = ways.filter(Boolean).join(', then by ');
  const what = job.mode === 'update' ? 'updated them' : 'were skipped';
  return `Rows found existing ${plural.toLowerCase()} by ${found}; rows that found one ${what}.`;
}

/** What the texts of one pick-list column were read as, as confirmed at the mapping step. */
function ColumnReadings({ column }: { column: ImportColumn }) {
  return (
    <Table aria-label={`How “${column.column}” was read`} withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>“{column.column}” in the file</Table.Th>
          <Table.Th>Read as</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(column.readings ?? []).map((reading) => (
          <Table.Tr key={reading.text}>
            <Table.Td>{reading.text}</Table.Td>
            <Table.Td c={reading.label ? undefined : 'dimmed'}>{reading.label ?? 'Left empty'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * What a started import was told about its file, kept for whoever reads it later: which field each
 * column filled, how rows found existing records, and what the texts of pick-list columns became.
 */
export function ImportReading({ job }: { job: ImportJob }) {
  // Asked for when first opened: most visits to an import's page never open it.
  const [opened, setOpened] = useState(false);
  const columns = useImportColumns(job.id, opened);
  return (
    <Accordion variant="contained" radius="md" onChange={(value) => value && setOpened(true)}>
      <Accordion.Item value="reading">
        <Accordion.Control>How the file was read</Accordion.Control>
        <Accordion.Panel>
          {columns.isPending && <Loader size="sm" aria-label="Loading how the file was read" />}
          {columns.error && <QueryError error={columns.error} onRetry={() => void columns.refetch()} />}
          {columns.data && (
            <Stack gap="md">
              <Text size="sm">{matchingSentence(job, columns.data)}</Text>
              {job.dateOrder && (
                <Text size="sm">
                  Dates written as numbers were read {job.dateOrder === 'dayFirst' ? 'day' : 'month'} first.
                </Text>
              )}
              {job.format === 'csv' && (
                <Table aria-label="Columns and the fields they filled" withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Column</Table.Th>
                      <Table.Th>Field</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {columns.data.map((column) => (
                      <Table.Tr key={column.index}>
                        <Table.Td>{column.column}</Table.Td>
                        <Table.Td c={column.label ? undefined : 'dimmed'}>
                          {column.label ?? 'Not imported'}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
              {columns.data
                .filter((column) => (column.readings ?? []).length > 0)
                .map((column) => (
                  <ColumnReadings key={column.index} column={column} />
                ))}
            </Stack>
          )}
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
