import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { type ImportJob, OBJECT_LABELS } from '../import-types';

/** What the rows became; the numbers grow while the import runs. */
export function ImportCounts({ job }: { job: ImportJob }) {
  const counts = [
    { label: 'Created', value: job.counts.created },
    { label: 'Updated', value: job.counts.updated },
    { label: 'Skipped', value: job.counts.skipped },
    { label: 'Rejected', value: job.counts.rejected },
    ...(job.companiesCreated > 0 ? [{ label: 'Companies created', value: job.companiesCreated }] : []),
    ...(job.parents.placed > 0 ? [{ label: 'Placed under a parent', value: job.parents.placed }] : []),
  ];
  return (
    <Stack gap={6}>
      <SimpleGrid cols={{ base: 2, sm: counts.length }} spacing="sm">
        {counts.map((count) => (
          <Paper key={count.label} withBorder radius="md" p="sm" role="group" aria-label={count.label}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {count.label}
            </Text>
            <Text size="xl" fw={700}>
              {count.value.toLocaleString()}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {job.counts.skipped > 0 && (
        <Text size="xs" c="dimmed">
          {skippedMeaning(job)}
        </Text>
      )}
      {job.counts.repeated > 0 && (
        <Text size="xs" c="dimmed">
          {repeatedMeaning(job)}
        </Text>
      )}
    </Stack>
  );
}

/** What "skipped" covers, which the number alone does not say: nothing about those rows was lost. */
function skippedMeaning(job: ImportJob): string {
  const record = OBJECT_LABELS[job.object].singular;
  const matched: Record<ImportJob['mode'], string> = {
    skip: `rows matching an existing ${record}, left as it was (as chosen), and blank lines`,
    update: `rows whose ${record} already held every value they gave, and blank lines`,
    create: 'blank lines',
  };
  return `Skipped: ${matched[job.mode]}.`;
}

/**
 * Rows of the file that wrote a record an earlier row had written too (one e-mail twice): applied in
 * file order, so the later row's values stand. Said, as the "updated" count alone hides it.
 */
function repeatedMeaning(job: ImportJob): string {
  const record = OBJECT_LABELS[job.object].singular;
  const rows = job.counts.repeated === 1 ? '1 row' : `${job.counts.repeated.toLocaleString()} rows`;
  const key = job.object === 'people' ? 'e-mail' : 'domain';
  return `Of the updated, ${rows} wrote a ${record} an earlier row of this file had written (the same ${key} twice, say): rows apply in file order, so the later row's values stand, and the ${record}'s History shows both.`;
}
