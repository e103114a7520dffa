import { Button, FileInput, Group, Paper, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { formatBytes } from '../../../ui/format';
import { useUploadImport } from '../hooks/useUploadImport';
import { formatOf, type ImportObject } from '../import-types';

const OBJECTS = [
  { value: 'people', label: 'People' },
  { value: 'companies', label: 'Companies' },
];

/** Step one: what to import, and the file, uploaded with a progress bar; then the mapping page. */
export function NewImportForm() {
  const navigate = useNavigate();
  const upload = useUploadImport();
  // People and company lists link here as /imports?object=companies.
  const [search] = useSearchParams();
  const [object, setObject] = useState<ImportObject>(
    search.get('object') === 'companies' ? 'companies' : 'people',
  );
  const [file, setFile] = useState<File | null>(null);
  const vcardForCompanies = file !== null && object === 'companies' && formatOf(file) === 'vcf';
  const percent = file && file.size > 0 ? Math.round((upload.sentBytes / file.size) * 100) : 0;

  return (
    <Paper withBorder radius="md" p="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!file) return;
          upload.mutate({ object, file }, { onSuccess: (uploaded) => navigate(`/imports/${uploaded.id}`) });
        }}
      >
        <Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="import-object-label">
              Import
            </Text>
            <SegmentedControl
              aria-labelledby="import-object-label"
              data={OBJECTS}
              value={object}
              onChange={(next) => setObject(next as ImportObject)}
              disabled={upload.isPending}
              style={{ alignSelf: 'flex-start' }}
            />
          </Stack>
          <FileInput
            label="File"
            description="A CSV export from a spreadsheet or another CRM (HubSpot, Salesforce…), or a vCard file of people."
            placeholder="Choose a .csv or .vcf file"
            accept=".csv,.tsv,.txt,.vcf,.vcard,text/csv,text/vcard"
            value={file}
            onChange={setFile}
            clearable
            disabled={upload.isPending}
            error={vcardForCompanies ? 'vCard files hold people; choose People or a CSV file.' : undefined}
            leftSection={<IconFileUpload size={16} aria-hidden />}
          />
          {upload.isPending && file && (
            <Stack gap={4}>
              <Progress value={percent} aria-label="Upload progress" animated />
              <Text size="xs" c="dimmed" aria-live="polite">
                Uploading {formatBytes(upload.sentBytes)} of {formatBytes(file.size)}
              </Text>
            </Stack>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={upload.isPending} disabled={!file || vcardForCompanies}>
              Upload and preview
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
