import { Stack } from '@mantine/core';
import { FormModal, FormModalActions } from '../../../ui/FormModal';
import { notifySuccess } from '../../../ui/notify';
import { useApiForm } from '../../../ui/useApiForm';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import { useCreateTeam } from '../hooks/useCreateTeam';
import { TeamFields, type TeamFieldValues } from './TeamFields';

const EMPTY: TeamFieldValues = { name: '', description: '', memberIds: [] };

export function NewTeamModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const createTeam = useCreateTeam();
  const members = useUserDirectory(opened);
  const form = useApiForm(EMPTY);

  const close = () => {
    form.reset();
    onClose();
  };

  return (
    <FormModal dirty={form.dirty} opened={opened} onClose={close} title="New team" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          createTeam.mutate(form.values, {
            onSuccess: (team) => {
              notifySuccess(`Team “${team.name}” created.`);
              close();
            },
            onError: (error) => form.showApiError(error),
          });
        }}
      >
        <Stack>
          <TeamFields
            values={form.values}
            errors={form.errors}
            onChange={form.setValue}
            members={members.data ?? []}
          />
          <FormModalActions submit={'Create team'} pending={createTeam.isPending} />
        </Stack>
      </form>
    </FormModal>
  );
}
