import { PasswordInput, Radio, Select, Stack, TextInput } from '@mantine/core';
import type { Role } from '../../../api/types';
import { FormModal, FormModalActions } from '../../../ui/FormModal';
import { notifySuccess } from '../../../ui/notify';
import { useApiForm } from '../../../ui/useApiForm';
import { ROLE_OPTIONS, ROLE_SUMMARIES } from '../../access/roles';
import { useInviteUser } from '../hooks/useInviteUser';

type SignInMethod = 'invite' | 'password';

const EMPTY = {
  email: '',
  name: '',
  role: 'sales' as Role,
  method: 'invite' as SignInMethod,
  password: '',
};

interface AddUserModalProps {
  opened: boolean;
  onClose: () => void;
}

export function AddUserModal({ opened, onClose }: AddUserModalProps) {
  const inviteUser = useInviteUser();
  const form = useApiForm(EMPTY);
  const { email, name, role, method, password } = form.values;

  const close = () => {
    form.reset();
    onClose();
  };

  return (
    <FormModal dirty={form.dirty} opened={opened} onClose={close} title="Add user" centered size="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          inviteUser.mutate(
            { email, name, role, ...(method === 'password' ? { password } : {}) },
            {
              onSuccess: (user) => {
                notifySuccess(
                  method === 'invite'
                    ? `${user.name} is invited; the e-mail is on its way (see Outbox without a mail server).`
                    : `${user.name} can now sign in with the password you chose.`,
                );
                close();
              },
              onError: (error) => form.showApiError(error),
            },
          );
        }}
      >
        <Stack>
          <TextInput label="E-mail" type="email" required data-autofocus {...form.textInput('email')} />
          <TextInput label="Name" required {...form.textInput('name')} />
          <Select
            label="Role"
            data={ROLE_OPTIONS}
            value={role}
            onChange={(next) => next && form.setValue('role', next)}
            description={ROLE_SUMMARIES[role]}
            error={form.errors.role}
            allowDeselect={false}
            required
          />
          <Radio.Group
            label="How they sign in"
            value={method}
            onChange={(next) => form.setValue('method', next as SignInMethod)}
          >
            <Stack gap="xs" mt={6}>
              <Radio
                value="invite"
                label="E-mail an invitation"
                description="They choose their own password."
              />
              <Radio
                value="password"
                label="Set a password now"
                description="Tell them the password yourself."
              />
            </Stack>
          </Radio.Group>
          {method === 'password' && (
            <PasswordInput
              label="Password"
              description="At least 10 characters."
              autoComplete="new-password"
              required
              {...form.textInput('password')}
            />
          )}
          <FormModalActions submit={'Add user'} pending={inviteUser.isPending} />
        </Stack>
      </form>
    </FormModal>
  );
}
