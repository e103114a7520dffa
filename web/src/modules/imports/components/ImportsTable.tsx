import { Anchor, Box, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { formatRelative } from '../../../ui/format';
import { useNarrowerThan } from '../../../ui/useNarrowerThan';
import { type ImportJob, NOT_STARTED, OBJECT_LABELS } from '../import-types';
import { DiscardImportButton } from './DiscardImportButton';
import { ImportStatusBadge } from './ImportStatusBadge';

/**
 * Past and pending imports. One not started reads "Not started" ("0 created · 0 updated · 0
 * rejected" would read as an import that found nothing) and, for who may import, can be discarded.
 * In a narrow box what it imported, when, and its counts go under its name: nothing scrolls sideways.
 */
export function ImportsTable({
  imports,
  mayDiscard,
}: {
  imports: readonly ImportJob[];
  mayDiscard: boolean;
}) {
  const [box, compact] = useNarrowerThan<HTMLDivElement>(640);
  return (
    <Table.ScrollContainer ref={box} minWidth={0}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Imports">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Import</Table.Th>
            {!compact && <Table.Th scope="col">Of</Table.Th>}
            <Table.Th scope="col">Status</Table.Th>
            {!compact && <Table.Th scope="col">Rows</Table.Th>}
            {!compact && <Table.Th scope="col">Started</Table.Th>}
            {mayDiscard && !compact && (
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports.map((job) => (
            <Table.Tr key={job.id} style={compact ? { verticalAlign: 'top' } : undefined}>
              <Table.Td w={compact ? '100%' : undefined} style={{ overflowWrap: 'anywhere' }}>
                <Anchor component={Link} to={`/imports/${job.id}`} fw={500} size="sm">
                  {job.filename ?? `Import ${job.number}`}
                </Anchor>
                {compact ? (
                  <>
                    <Text size="xs" c="dimmed">
                      Import {job.number} · {OBJECT_LABELS[job.object].plural} · {startedText(job)}
                    </Text>
                    <Text size="xs">
                      <Counts job={job} />
                    </Text>
                  </>
                ) : (
                  <Text size="xs" c="dimmed">
                    Import {job.number}
                  </Text>
                )}
              </Table.Td>
              {!compact && (
                <Table.Td>
                  <Text size="sm">{OBJECT_LABELS[job.object].plural}</Text>
                </Table.Td>
              )}
              <Table.Td>
                <ImportStatusBadge status={job.status} />
                {/* Narrow, "Discard" goes under the status: the import's name keeps the width. */}
                {mayDiscard && compact && NOT_STARTED.has(job.status) && (
                  <Box ml={-10} mt={4}>
                    <DiscardImportButton job={job} />
                  </Box>
                )}
              </Table.Td>
              {!compact && (
                <>
                  <Table.Td>
                    <Text size="sm">
                      <Counts job={job} />
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{startedText(job)}</Text>
                  </Table.Td>
                </>
              )}
              {mayDiscard && !compact && (
                <Table.Td>{NOT_STARTED.has(job.status) && <DiscardImportButton job={job} />}</Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const startedText = (job: ImportJob) => formatRelative(job.startedAt ?? job.createdAt);

function Counts({ job }: { job: ImportJob }) {
  if (NOT_STARTED.has(job.status))
    return (
      <Text span inherit c="dimmed">
        Not started
      </Text>
    );
  return (
    <>
      {job.counts.created} created · {job.counts.updated} updated · {job.counts.rejected} rejected
    </>
  );
}
