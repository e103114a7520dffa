import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { formatRelative } from '../../../ui/format';
import { type ImportJob, NOT_STARTED, OBJECT_LABELS } from '../import-types';
import { DiscardImportButton } from './DiscardImportButton';
import { ImportStatusBadge } from './ImportStatusBadge';

/**
 * Past and pending imports. One not started reads "Not started" ("0 created · 0 updated · 0
 * rejected" would read as an import that found nothing) and, for who may import, can be discarded.
 */
export function ImportsTable({
  imports,
  mayDiscard,
}: {
  imports: readonly ImportJob[];
  mayDiscard: boolean;
}) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Imports">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Import</Table.Th>
            <Table.Th scope="col">Of</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Rows</Table.Th>
            <Table.Th scope="col">Started</Table.Th>
            {mayDiscard && (
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports.map((job) => (
            <Table.Tr key={job.id}>
              <Table.Td>
                <Anchor component={Link} to={`/imports/${job.id}`} fw={500} size="sm">
                  {job.filename ?? `Import ${job.number}`}
                </Anchor>
                <Text size="xs" c="dimmed">
                  Import {job.number}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{OBJECT_LABELS[job.object].plural}</Text>
              </Table.Td>
              <Table.Td>
                <ImportStatusBadge status={job.status} />
              </Table.Td>
              <Table.Td>
                {NOT_STARTED.has(job.status) ? (
                  <Text size="sm" c="dimmed">
                    Not started
                  </Text>
                ) : (
                  <Text size="sm">
                    {job.counts.created} created · {job.counts.updated} updated · {job.counts.rejected}{' '}
                    rejected
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatRelative(job.startedAt ?? job.createdAt)}</Text>
              </Table.Td>
              {mayDiscard && (
                <Table.Td>{NOT_STARTED.has(job.status) && <DiscardImportButton job={job} />}</Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
