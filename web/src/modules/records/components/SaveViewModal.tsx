import { Stack, Switch, TextInput } from '@mantine/core';
import { FormModal, FormModalActions } from '../../../ui/FormModal';
import { notifySuccess } from '../../../ui/notify';
import { useApiForm } from '../../../ui/useApiForm';
import type { SavedView } from '../record-types';

interface SaveViewModalProps {
  opened: boolean;
  onClose: () => void;
  saving: boolean;
  onSave: (
    input: { name: string; shared: boolean },
    callbacks: { onSuccess: (view: SavedView) => void; onError: (error: unknown) => void },
  ) => void;
}

/** Names a new view of the list as it is now, private or shared with the workspace. */
export function SaveViewModal({ opened, onClose, saving, onSave }: SaveViewModalProps) {
  const form = useApiForm({ name: '', shared: false });
  const close = () => {
    form.reset();
    onClose();
  };
  return (
    <FormModal dirty={form.dirty} opened={opened} onClose={close} title="Save view" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSave(form.values, {
            onSuccess: (view) => {
              notifySuccess(`View “${view.name}” saved${view.shared ? ' and shared' : ''}.`);
              close();
            },
            onError: (error) => form.showApiError(error),
          });
        }}
      >
        <Stack>
          <TextInput label="Name" required data-autofocus {...form.textInput('name')} />
          <Switch
            label="Share with the workspace"
            description="Everyone can use a shared view; only you (or an admin) can change it."
            checked={form.values.shared}
            onChange={(event) => form.setValue('shared', event.currentTarget.checked)}
          />
          <FormModalActions submit={'Save view'} pending={saving} />
        </Stack>
      </form>
    </FormModal>
  );
}
