import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { CreatedApiToken } from '../../../api/types';
import { FormModal, FormModalActions } from '../../../ui/FormModal';
import { useApiForm } from '../../../ui/useApiForm';
import { useCreateApiToken } from '../hooks/useCreateApiToken';
import { TokenSecret } from './TokenSecret';

interface CreateApiTokenModalProps {
  opened: boolean;
  onClose: () => void;
}

/** The end of the chosen day, in the viewer's time zone. */
const endOfDay = (date: string) => new Date(`${date}T23:59:59`).toISOString();
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

export function CreateApiTokenModal({ opened, onClose }: CreateApiTokenModalProps) {
  const createToken = useCreateApiToken();
  const form = useApiForm({ name: '', expiresAt: '' });
  const created: CreatedApiToken | undefined = createToken.data;

  const close = () => {
    form.reset();
    createToken.reset();
    onClose();
  };

  return (
    <FormModal
      dirty={!created && form.dirty}
      opened={opened}
      onClose={close}
      title={created ? `Token “${created.name}” created` : 'Create API token'}
      centered
      size="lg"
      // The secret is shown once: a stray click outside must not throw it away.
      closeOnClickOutside={!created}
    >
      {created ? (
        <Stack>
          <TokenSecret secret={created.token} />
          <Group justify="flex-end">
            <Button onClick={close}>I have copied it</Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const { name, expiresAt } = form.values;
            createToken.mutate(
              { name, expiresAt: expiresAt ? endOfDay(expiresAt) : null },
              { onError: (error) => form.showApiError(error) },
            );
          }}
        >
          <Stack>
            <TextInput
              label="Name"
              description="What it is for, so you recognise it later: “Nightly export”, “Zapier”…"
              required
              data-autofocus
              {...form.textInput('name')}
            />
            <TextInput
              label="Expires on"
              description="Optional. Without a date, the token works until you revoke it."
              type="date"
              min={tomorrow()}
              {...form.textInput('expiresAt')}
            />
            <FormModalActions submit={'Create token'} pending={createToken.isPending} />
          </Stack>
        </form>
      )}
    </FormModal>
  );
}
