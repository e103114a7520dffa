import { Loader, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { QueryError } from '../../../ui/QueryError';
import { type ReadingChoice, useImportPreview } from '../hooks/useImportPreview';
import type { ImportJob } from '../import-types';
import { FileShape } from './FileShape';
import { MappingForm } from './MappingForm';

/** An uploaded import: how its file reads, then the mapping step. */
export function ImportSetup({ job }: { job: ImportJob }) {
  const [reading, setReading] = useState<ReadingChoice>({});
  const preview = useImportPreview(job.id, reading, true);

  return (
    <Stack>
      {preview.error && <QueryError error={preview.error} onRetry={() => void preview.refetch()} />}
      {preview.isPending && <Loader aria-label="Reading the file" />}
      {preview.data && (
        <>
          <Paper withBorder radius="md" p="md">
            <Stack>
              <Title order={2} size="h4">
                How the file reads
              </Title>
              <FileShape
                preview={preview.data}
                isCsv={job.format === 'csv'}
                onEncoding={(encoding) => setReading((current) => ({ ...current, encoding }))}
                onDelimiter={(delimiter) => setReading((current) => ({ ...current, delimiter }))}
              />
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="md">
            <MappingForm
              // Another delimiter means other columns: the mapping starts again from the new proposal.
              key={`${preview.data.encoding}|${preview.data.delimiter}|${preview.data.header.join('\u0000')}`}
              job={job}
              preview={preview.data}
              reading={reading}
            />
          </Paper>
        </>
      )}
    </Stack>
  );
}
