import { Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import type { Team, User } from '../../../api/types';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { notifySuccess } from '../../../ui/notify';
import { useApiForm } from '../../../ui/useApiForm';
import { useDeleteTeam } from '../hooks/useDeleteTeam';
import { useUpdateTeam } from '../hooks/useUpdateTeam';
import { TeamFields, type TeamFieldValues } from './TeamFields';

interface TeamDetailsFormProps {
  team: Team;
  etag: string | undefined;
  members: readonly User[];
  canUpdate: boolean;
  canDelete: boolean;
  onDeleted: () => void;
}

export function TeamDetailsForm({
  team,
  etag,
  members,
  canUpdate,
  canDelete,
  onDeleted,
}: TeamDetailsFormProps) {
  const updateTeam = useUpdateTeam();
  const deleteTeam = useDeleteTeam();
  const [confirmingDelete, { open: askDelete, close: cancelDelete }] = useDisclosure(false);
  const form = useApiForm<TeamFieldValues>({
    name: team.name,
    description: team.description,
    memberIds: team.memberIds,
  });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        // The saved record has a new version, which remounts this form: a callback given to
        // mutate() would be dropped with it, the promise's is not.
        updateTeam.mutateAsync({ id: team.id, etag, change: form.values }).then(
          () => notifySuccess(`Team “${form.values.name}” saved.`),
          (error: unknown) => form.showApiError(error),
        );
      }}
    >
      <Stack>
        <TeamFields
          values={form.values}
          errors={form.errors}
          onChange={form.setValue}
          members={members}
          readOnly={!canUpdate}
        />
        <Group justify="space-between">
          {canDelete ? (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={askDelete}
            >
              Delete team
            </Button>
          ) : (
            <span />
          )}
          {canUpdate && (
            <Button type="submit" loading={updateTeam.isPending}>
              Save team
            </Button>
          )}
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirmingDelete}
        title={`Delete “${team.name}”?`}
        confirmLabel="Delete team"
        loading={deleteTeam.isPending}
        onClose={cancelDelete}
        onConfirm={() =>
          deleteTeam.mutate(team.id, {
            onSuccess: () => {
              notifySuccess(`Team “${team.name}” deleted.`);
              onDeleted();
            },
          })
        }
      >
        Its members stay in the workspace; only the grouping goes, and with it what “team” visibility reached
        through it.
      </ConfirmModal>
    </form>
  );
}
