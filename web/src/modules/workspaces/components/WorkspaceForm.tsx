import { Button, Group, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { Workspace } from '../../../api/types';
import { notifySuccess } from '../../../ui/notify';
import { useApiForm } from '../../../ui/useApiForm';
import { useUpdateWorkspace } from '../hooks/useUpdateWorkspace';

interface WorkspaceFormProps {
  workspace: Workspace;
  etag: string | undefined;
  canEdit: boolean;
}

export function WorkspaceForm({ workspace, etag, canEdit }: WorkspaceFormProps) {
  const updateWorkspace = useUpdateWorkspace();
  const form = useApiForm({
    name: workspace.name,
    defaultCountry: workspace.defaultCountry,
    defaultCurrency: workspace.defaultCurrency,
  });
  const { name, defaultCountry, defaultCurrency } = form.values;
  const changed =
    name !== workspace.name ||
    defaultCountry !== workspace.defaultCountry ||
    defaultCurrency !== workspace.defaultCurrency;

  return (
    <Paper withBorder p="lg" radius="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          updateWorkspace.mutate(
            {
              id: workspace.id,
              etag,
              change: {
                name,
                defaultCountry: defaultCountry.toUpperCase(),
                defaultCurrency: defaultCurrency.toUpperCase(),
              },
            },
            {
              onSuccess: () => notifySuccess('Workspace saved.'),
              onError: (error) => form.showApiError(error),
            },
          );
        }}
      >
        <Stack>
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
              <Button type="submit" loading={updateWorkspace.isPending} disabled={!changed}>
                Save workspace
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
