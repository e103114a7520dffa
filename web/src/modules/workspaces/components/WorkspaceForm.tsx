import { Button, Group, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { Workspace } from '../../../api/types';
import { FormError } from '../../../ui/FormError';
import { notifySuccess } from '../../../ui/notify';
import { useVersionedEdit } from '../../../ui/useVersionedEdit';
import { useUpdateWorkspace } from '../hooks/useUpdateWorkspace';
import { workspaceKey } from '../hooks/useWorkspace';

interface WorkspaceFormProps {
  workspace: Workspace;
  etag: string | undefined;
  /** When a read of the workspace last failed (the query's `errorUpdatedAt`): see `useVersionedEdit`. */
  readFailedAt: number | undefined;
  canEdit: boolean;
}

const valuesOf = (workspace: Workspace) => ({
  name: workspace.name,
  defaultCountry: workspace.defaultCountry,
  defaultCurrency: workspace.defaultCurrency,
});

export function WorkspaceForm({ workspace, etag, readFailedAt, canEdit }: WorkspaceFormProps) {
  const updateWorkspace = useUpdateWorkspace();
  const edit = useVersionedEdit({
    values: valuesOf(workspace),
    etag,
    failedAt: readFailedAt,
    key: workspaceKey(workspace.id),
  });
  const { form } = edit;

  return (
    <Paper withBorder p="lg" radius="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const { defaultCountry, defaultCurrency, ...change } = form.edited();
          updateWorkspace.mutate(
            {
              id: workspace.id,
              etag: edit.etag,
              change: {
                ...change,
                ...(defaultCountry === undefined ? {} : { defaultCountry: defaultCountry.toUpperCase() }),
                ...(defaultCurrency === undefined ? {} : { defaultCurrency: defaultCurrency.toUpperCase() }),
              },
            },
            {
              onSuccess: (saved) => {
                edit.saved(valuesOf(saved.workspace), saved.etag);
                notifySuccess('Workspace saved.');
              },
              onError: (error) => edit.failed(error, 'workspace'),
            },
          );
        }}
      >
        <Stack>
          <FormError message={form.formError} />
          <TextInput label="Workspace name" required readOnly={!canEdit} {...form.textInput('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Default country"
              description="Two letters (ISO 3166), used to read phone numbers written without a country code."
              maxLength={2}
              readOnly={!canEdit}
              {...form.textInput('defaultCountry')}
            />
            <TextInput
              label="Default currency"
              description="Three letters (ISO 4217), for new deals and orders."
              maxLength={3}
              readOnly={!canEdit}
              {...form.textInput('defaultCurrency')}
            />
          </SimpleGrid>
          {canEdit && (
            <Group justify="flex-end">
              <Button
                type="submit"
                loading={updateWorkspace.isPending || edit.rereading}
                disabled={!form.dirty}
              >
                Save workspace
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
