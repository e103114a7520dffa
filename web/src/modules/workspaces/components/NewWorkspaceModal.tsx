import { Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { FormModal, FormModalActions } from '../../../ui/FormModal';
import { notifySuccess } from '../../../ui/notify';
import { useApiForm } from '../../../ui/useApiForm';
import { useSwitchWorkspace } from '../../account/hooks/useSwitchWorkspace';
import { useCreateWorkspace } from '../hooks/useCreateWorkspace';

interface NewWorkspaceModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Creates a workspace with you as its admin, then moves you into it. */
export function NewWorkspaceModal({ opened, onClose }: NewWorkspaceModalProps) {
  const createWorkspace = useCreateWorkspace();
  const switchWorkspace = useSwitchWorkspace();
  const navigate = useNavigate();
  const form = useApiForm({ name: '' });

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = async () => {
    try {
      const created = await createWorkspace.mutateAsync(form.values);
      await switchWorkspace.mutateAsync(created.id);
      notifySuccess(`Workspace “${created.name}” created. You are its admin.`);
      close();
      navigate('/');
    } catch (error) {
      form.showApiError(error);
    }
  };

  return (
    <FormModal dirty={form.dirty} opened={opened} onClose={close} title="New workspace" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            A workspace keeps its own records, members and settings. You will be its admin.
          </Text>
          <TextInput label="Workspace name" required data-autofocus {...form.textInput('name')} />
          <FormModalActions
            submit={'Create workspace'}
            pending={createWorkspace.isPending || switchWorkspace.isPending}
          />
        </Stack>
      </form>
    </FormModal>
  );
}
