import { Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import type { Team, User } from '../../../api/types';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { FormError } from '../../../ui/FormError';
import { notifySuccess } from '../../../ui/notify';
import { useVersionedEdit } from '../../../ui/useVersionedEdit';
import { useDeleteTeam } from '../hooks/useDeleteTeam';
import { teamKey } from '../hooks/useTeam';
import { useUpdateTeam } from '../hooks/useUpdateTeam';
import { TeamFields, type TeamFieldValues } from './TeamFields';

interface TeamDetailsFormProps {
  team: Team;
  etag: string | undefined;
  /** When a read of the team last failed (the query's `errorUpdatedAt`): see `useVersionedEdit`. */
  readFailedAt: number | undefined;
  members: readonly User[];
  canUpdate: boolean;
  canDelete: boolean;
  onDeleted: () => void;
}

const valuesOf = (team: Team): TeamFieldValues => ({
  name: team.name,
  description: team.description,
  memberIds: team.memberIds,
});

export function TeamDetailsForm({
  team,
  etag,
  readFailedAt,
  members,
  canUpdate,
  canDelete,
  onDeleted,
}: TeamDetailsFormProps) {
  const updateTeam = useUpdateTeam();
  const deleteTeam = useDeleteTeam();
  const [confirmingDelete, { open: askDelete, close: cancelDelete }] = useDisclosure(false);
  const edit = useVersionedEdit<TeamFieldValues>({
    values: valuesOf(team),
    etag,
    failedAt: readFailedAt,
    key: teamKey(team.id),
  });
  const { form } = edit;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        updateTeam.mutate(
          { id: team.id, etag: edit.etag, change: form.edited() },
          {
            onSuccess: (saved) => {
              edit.saved(valuesOf(saved.team), saved.etag);
              notifySuccess(`Team “${saved.team.name}” saved.`);
            },
            onError: (error) => edit.failed(error, 'team'),
          },
        );
      }}
    >
      <Stack>
        <FormError message={form.formError} />
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
            <Button type="submit" loading={updateTeam.isPending || edit.rereading} disabled={!form.dirty}>
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
