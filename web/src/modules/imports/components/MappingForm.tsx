import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { useColumnValues } from '../hooks/useColumnValues';
import type { ReadingChoice } from '../hooks/useImportPreview';
import { forgetMappingDraft, useMappingDraft } from '../hooks/useMappingDraft';
import { useStartImport } from '../hooks/useStartImport';
import type { ImportJob, ImportMode, ImportPreview, UnknownOwner } from '../import-types';
import { readingQuestions } from '../mapping-questions';
import { pickListColumns, readingsToSend } from '../value-readings';
import { ColumnMappingTable, type TargetField } from './ColumnMappingTable';
import { type DateOrderAnswer, DateOrderChoice } from './DateOrderChoice';
import { DedupeChoice } from './DedupeChoice';
import { MatchOnChoice } from './MatchOnChoice';
import { NewFieldFromColumn } from './NewFieldFromColumn';
import { PhoneCountryChoice } from './PhoneCountryChoice';
import { UnknownOwnerChoice } from './UnknownOwnerChoice';
import { ValueReadingsStep } from './ValueReadingsStep';

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

/** The unique fields (IDs from another system) the mapping fills, as the start body names them. */
function mappedUniqueFields(preview: ImportPreview, mapping: Record<string, string | null>) {
  const filled = new Set(Object.values(mapping));
  return preview.fields
    .filter((field) => field.unique && filled.has(field.key))
    .map((field) => ({ key: field.key.slice('customFields.'.length), label: field.label }));
}

/** The mapping step: which field each column fills, what matching rows do, and Start. */
export function MappingForm({ job, preview, reading }: MappingFormProps) {
  const startImport = useStartImport(job.id);
  const [draft, setDraft] = useMappingDraft(job.id, preview.header, {
    mapping: preview.proposedMapping,
    mode: 'update',
  });
  const { mapping, mode, phoneCountry, dateAnswer, unknownOwner, values = {} } = draft;
  const uniqueMapped = useMemo(() => mappedUniqueFields(preview, mapping), [preview, mapping]);
  // Matching by an ID the file gives is what a re-import from another CRM wants: proposed.
  const matchOn =
    draft.matchOn === null
      ? null
      : ((uniqueMapped.find((f) => f.key === draft.matchOn) ?? uniqueMapped[0])?.key ?? null);
  const setMatchOn = (next: string | null) => setDraft((d) => ({ ...d, matchOn: next }));
  const setMode = (next: ImportMode) => setDraft((d) => ({ ...d, mode: next }));
  const setPhoneCountry = (next: string) => setDraft((d) => ({ ...d, phoneCountry: next }));
  const setDateAnswer = (next: DateOrderAnswer) => setDraft((d) => ({ ...d, dateAnswer: next }));
  const setUnknownOwner = (next: UnknownOwner) => setDraft((d) => ({ ...d, unknownOwner: next }));
  const setValue = (column: string, text: string, reading: string | null | undefined) =>
    setDraft((d) => {
      const { [text]: _previous, ...others } = d.values?.[column] ?? {};
      const texts = reading === undefined ? others : { ...others, [text]: reading };
      return { ...d, values: { ...d.values, [column]: texts } };
    });
  const ownerMapped = Object.values(mapping).includes('owner');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const mapped = preview.header.filter((column) => mapping[column]).length;
  const queryClient = useQueryClient();
  // Defining fields is the admins' (POST /custom-fields asks for settings:update).
  const session = useSession();
  const mayAddFields = can(session, 'settings', 'update');
  const workspaceCountry = session.workspace.defaultCountry;
  const [newFieldFor, setNewFieldFor] = useState<{ column: string; index: number } | null>(null);
  const [added, setAdded] = useState<TargetField[]>([]);
  const asked = useMemo(() => readingQuestions(preview, added, mapping), [preview, added, mapping]);
  const pickColumns = useMemo(
    () => pickListColumns(preview.header, [...preview.fields, ...added], mapping, unknownOwner),
    [preview, added, mapping, unknownOwner],
  );
  const listed = useColumnValues(job.id, pickColumns, reading);
  const [valuesError, setValuesError] = useState<string>();
  const [matchOnError, setMatchOnError] = useState<string>();
  // Told by a cell only one order makes ("25/12/2023"), the form answers for the user; else it asks.
  const dateOrder = dateAnswer ?? (asked.dates.possible.length === 1 ? asked.dates.possible[0] : 'ask');

  const setField = (column: string, field: string | null) => {
    // Readings chosen for the field it filled are another field's choices: they go with it.
    setDraft(({ values: { [column]: _readings, ...otherValues } = {}, ...d }) => ({
      ...d,
      mapping: { ...d.mapping, [column]: field },
      values: otherValues,
    }));
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
              ...(asked.dates.numeric && dateOrder !== 'ask' ? { dateOrder } : {}),
              ...(asked.phones && phoneCountry && phoneCountry !== workspaceCountry ? { phoneCountry } : {}),
              ...(ownerMapped && unknownOwner ? { unknownOwner } : {}),
              ...(matchOn && mode !== 'create' ? { matchOn } : {}),
              values: Object.fromEntries(
                pickColumns.flatMap(({ column }, index) => {
                  const found = listed[index]?.data;
                  return found ? [[column, readingsToSend(found, values[column])]] : [];
                }),
              ),
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
                setValuesError(error.errors.find((e) => e.path.startsWith('/values/'))?.message);
                setMatchOnError(error.errors.find((e) => e.path === '/matchOn')?.message);
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
          <ValueReadingsStep
            columns={pickColumns}
            listed={listed}
            readings={values}
            onChange={setValue}
            error={valuesError}
          />
          {asked.dates.numeric && (
            <DateOrderChoice
              columns={asked.dateColumns}
              evidence={asked.dates}
              value={dateOrder ?? 'ask'}
              onChange={setDateAnswer}
            />
          )}
          {asked.phones && (
            <PhoneCountryChoice
              value={phoneCountry ?? workspaceCountry}
              workspaceCountry={workspaceCountry}
              rowsHaveCountry={asked.rowsHaveCountry}
              onChange={setPhoneCountry}
            />
          )}
          {ownerMapped && <UnknownOwnerChoice value={unknownOwner ?? 'reject'} onChange={setUnknownOwner} />}
          <DedupeChoice
            object={job.object}
            value={mode}
            onChange={setMode}
            byIds={uniqueMapped.length > 0 || Object.values(mapping).includes('id')}
          />
          {uniqueMapped.length > 0 && mode !== 'create' && (
            <MatchOnChoice
              object={job.object}
              fields={uniqueMapped}
              value={matchOn}
              onChange={setMatchOn}
              error={matchOnError}
            />
          )}
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
          importId={job.id}
          reading={reading}
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
