import { Alert, Button, Group, MultiSelect, Select, Stack, Switch, Text } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import type { Role, Team, User } from '../../../api/types';
import { FormError } from '../../../ui/FormError';
import { notifySuccess } from '../../../ui/notify';
import { useVersionedEdit } from '../../../ui/useVersionedEdit';
import { ROLE_OPTIONS, ROLE_SUMMARIES } from '../../access/roles';
import { useResendInvitation } from '../hooks/useResendInvitation';
import { useUpdateUser } from '../hooks/useUpdateUser';
import { userKey } from '../hooks/useUser';

interface UserDetailsFormProps {
  user: User;
  etag: string | undefined;
  /** When a read of the member last failed (the query's `errorUpdatedAt`): see `useVersionedEdit`. */
  readFailedAt: number | undefined;
  teams: readonly Team[];
  canUpdate: boolean;
  isYou: boolean;
}

const valuesOf = (user: User) => ({ role: user.role, status: user.status, teamIds: user.teamIds });

/** Role, status and teams of a member; read-only for roles that may not change members. */
export function UserDetailsForm({ user, etag, readFailedAt, teams, canUpdate, isYou }: UserDetailsFormProps) {
  const updateUser = useUpdateUser();
  const resendInvitation = useResendInvitation();
  const edit = useVersionedEdit({
    values: valuesOf(user),
    etag,
    failedAt: readFailedAt,
    key: userKey(user.id),
  });
  const { form } = edit;
  const { role, status, teamIds } = form.values;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        updateUser.mutate(
          { id: user.id, etag: edit.etag, change: form.edited() },
          {
            onSuccess: (saved) => {
              edit.saved(valuesOf(saved.user), saved.etag);
              notifySuccess(`${saved.user.name} is saved.`);
            },
            onError: (error) => edit.failed(error, 'member'),
          },
        );
      }}
    >
      <Stack>
        <FormError message={form.formError} />
        {user.invitationPending && (
          <Alert color="yellow" variant="light" title="Invitation not accepted yet">
            <Text size="sm">{user.name} has not chosen a password yet.</Text>
            {canUpdate && (
              <Button
                mt="sm"
                size="xs"
                variant="light"
                color="yellow"
                leftSection={<IconMailForward size={14} aria-hidden />}
                loading={resendInvitation.isPending}
                onClick={() =>
                  resendInvitation.mutate(user.id, {
                    onSuccess: () => notifySuccess(`A new invitation to ${user.email} is on its way.`),
                  })
                }
              >
                Resend invitation
              </Button>
            )}
          </Alert>
        )}
        <Select
          label="Role"
          data={ROLE_OPTIONS}
          value={role}
          onChange={(next) => next && form.setValue('role', next as Role)}
          description={ROLE_SUMMARIES[role]}
          error={form.errors.role}
          allowDeselect={false}
          disabled={!canUpdate}
        />
        <Switch
          label="Active"
          description={
            isYou
              ? 'You cannot deactivate yourself; ask another admin.'
              : 'Deactivated members cannot sign in to this workspace or use their API tokens. Their history stays.'
          }
          checked={status === 'active'}
          onChange={(event) =>
            form.setValue('status', event.currentTarget.checked ? 'active' : 'deactivated')
          }
          error={form.errors.status}
          disabled={!canUpdate || isYou}
        />
        <MultiSelect
          label="Teams"
          placeholder={teamIds.length === 0 ? 'No team' : undefined}
          data={teams.map((team) => ({ value: team.id, label: team.name }))}
          value={teamIds}
          onChange={(next) => form.setValue('teamIds', next)}
          error={form.errors.teamIds}
          searchable
          clearable
          disabled={!canUpdate}
          nothingFoundMessage="No team by that name"
        />
        {canUpdate && (
          <Group justify="flex-end">
            <Button type="submit" loading={updateUser.isPending || edit.rereading} disabled={!form.dirty}>
              Save changes
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
