import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { dateOrderEvidence } from '../date-order';
import type { ReadingChoice } from '../hooks/useImportPreview';
import { forgetMappingDraft, useMappingDraft } from '../hooks/useMappingDraft';
import { useStartImport } from '../hooks/useStartImport';
import type { ImportJob, ImportMode, ImportPreview } from '../import-types';
import { ColumnMappingTable, type Mapping, type TargetField } from './ColumnMappingTable';
import { type DateOrderAnswer, DateOrderChoice } from './DateOrderChoice';
import { DedupeChoice } from './DedupeChoice';
import { NewFieldFromColumn } from './NewFieldFromColumn';
import { PhoneCountryChoice } from './PhoneCountryChoice';

/** The built-in fields that hold phone numbers (people's and companies'). */
const PHONE_FIELDS = new Set(['phone', 'phones', 'mobilePhone', 'workPhone', 'homePhone']);

interface MappingFormProps {
  job: ImportJob;
  preview: ImportPreview;
  /** What the user changed of how the file reads; sent with the start so the run reads it the same way. */
  reading: ReadingChoice;
}

/** `/mapping/Country~1Region` → `Country/Region` (a JSON Pointer segment, RFC 6901 §4). */
function columnOfPath(path: string): string | null {
  if (!path.startsWith('/mapping/')) return null;
  return path.slice('/mapping/'.length).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The mapping step: which field each column fills, what matching rows do, and Start. */
export function MappingForm({ job, preview, reading }: MappingFormProps) {
  const startImport = useStartImport(job.id);
  const [draft, setDraft] = useMappingDraft(job.id, preview.header, {
    mapping: preview.proposedMapping,
    mode: 'update',
  });
  const { mapping, mode, phoneCountry, dateAnswer } = draft;
  const setMode = (next: ImportMode) => setDraft((d) => ({ ...d, mode: next }));
  const setPhoneCountry = (next: string) => setDraft((d) => ({ ...d, phoneCountry: next }));
  const setDateAnswer = (next: DateOrderAnswer) => setDraft((d) => ({ ...d, dateAnswer: next }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mapped = preview.header.filter((column) => mapping[column]).length;
  const queryClient = useQueryClient();
  // Defining fields is the admins' (POST /custom-fields asks for settings:update).
  const session = useSession();
  const mayAddFields = can(session, 'settings', 'update');
  const workspaceCountry = session.workspace.defaultCountry;
  const [newFieldFor, setNewFieldFor] = useState<{ column: string; index: number } | null>(null);
  const [added, setAdded] = useState<TargetField[]>([]);
  const dates = useDateColumns(preview, added, mapping);
  const fieldsMapped = new Set(Object.values(mapping).filter(Boolean));
  const types = new Map([...preview.fields, ...added].map((f) => [f.key, f.type]));
  const phonesMapped = [...fieldsMapped].some(
    (f) => f !== null && (PHONE_FIELDS.has(f) || types.get(f) === 'phone'),
  );
  // Told by a cell only one order makes ("25/12/2023"), the form answers for the user; else it asks.
  const dateOrder = dateAnswer ?? (dates.evidence.possible.length === 1 ? dates.evidence.possible[0] : 'ask');

  const setField = (column: string, field: string | null) => {
    setDraft((d) => ({ ...d, mapping: { ...d.mapping, [column]: field } }));
    setErrors(({ [column]: _cleared, ...rest }) => rest);
  };

  const fieldCreated = (column: string, field: { key: string; label: string; type: string }) => {
    const target = { key: `customFields.${field.key}`, label: field.label, type: field.type };
    setAdded((current) => [...current, target]);
    setField(column, target.key);
    // The preview names the fields a column may fill: read again, it names the new one too.
    void queryClient.invalidateQueries({ queryKey: ['imports', 'preview', job.id] });
  };

  return (
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          startImport.mutate(
            {
              mapping,
              dedupe: job.object === 'people' ? 'email' : 'domain',
              mode,
              ...reading,
              ...(dates.evidence.numeric && dateOrder !== 'ask' ? { dateOrder } : {}),
              ...(phonesMapped && phoneCountry && phoneCountry !== workspaceCountry ? { phoneCountry } : {}),
            },
            {
              onSuccess: () => forgetMappingDraft(job.id),
              onError: (error) => {
                if (!isApiError(error)) return;
                const next: Record<string, string> = {};
                for (const { path, message } of error.errors) {
                  const column = columnOfPath(path);
                  if (column !== null) next[column] = message;
                }
                setErrors(next);
              },
            },
          );
        }}
      >
        <Stack>
          <Title order={2} size="h4">
            Map the columns
          </Title>
          <Text size="sm" c="dimmed">
            Rapport proposed a field for each column it recognised. {mapped} of {preview.header.length}{' '}
            columns will be imported.
          </Text>
          <ColumnMappingTable
            preview={preview}
            added={added}
            mapping={mapping}
            errors={errors}
            onChange={setField}
            onNewField={mayAddFields ? (column, index) => setNewFieldFor({ column, index }) : undefined}
          />
          {dates.evidence.numeric && (
            <DateOrderChoice
              columns={dates.columns}
              evidence={dates.evidence}
              value={dateOrder ?? 'ask'}
              onChange={setDateAnswer}
            />
          )}
          {phonesMapped && (
            <PhoneCountryChoice
              value={phoneCountry ?? workspaceCountry}
              workspaceCountry={workspaceCountry}
              rowsHaveCountry={fieldsMapped.has('country')}
              onChange={setPhoneCountry}
            />
          )}
          <DedupeChoice object={job.object} value={mode} onChange={setMode} />
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={startImport.isPending}
              disabled={mapped === 0}
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
            >
              Start import
            </Button>
          </Group>
        </Stack>
      </form>
      {/* Outside the form: React carries a submit out of the modal's portal to the forms around it. */}
      {newFieldFor && (
        <NewFieldFromColumn
          object={job.object}
          column={newFieldFor.column}
          values={preview.rows.map((row) => row[newFieldFor.index] ?? '')}
          onClose={() => setNewFieldFor(null)}
          onCreated={(field) => fieldCreated(newFieldFor.column, field)}
        />
      )}
    </>
  );
}

/** The columns going into date fields, and what their previewed cells say of day and month. */
function useDateColumns(preview: ImportPreview, added: readonly TargetField[], mapping: Mapping) {
  return useMemo(() => {
    const types = new Map([...preview.fields, ...added].map((f) => [f.key, f.type]));
    const columns = preview.header.filter((column) => {
      const field = mapping[column];
      return field ? types.get(field) === 'date' : false;
    });
    const cells = columns.flatMap((column) => {
      const index = preview.header.indexOf(column);
      return preview.rows.map((row) => row[index] ?? '');
    });
    return { columns, evidence: dateOrderEvidence(cells) };
  }, [preview, added, mapping]);
}
