import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { Navigate } from 'react-router';
import { useApiForm } from '../../../ui/useApiForm';
import { FullPageLoader } from '../../shell/components/FullPageLoader';
import { AuthLayout } from '../components/AuthLayout';
import { useSetUp } from '../hooks/useSetUp';
import { useSetupStatus } from '../hooks/useSetupStatus';

/** First run: the first workspace and its admin. The server signs the admin in. */
export function SetupPage() {
  const status = useSetupStatus();
  const setUp = useSetUp();
  const form = useApiForm({ workspaceName: '', name: '', email: '', password: '' });

  if (status.isPending) return <FullPageLoader />;
  if (!status.data?.needsSetup) return <Navigate to="/" replace />;

  return (
    <AuthLayout
      title="Set up Rapport"
      description="Name your workspace and create the administrator account. You can invite colleagues next."
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setUp.mutate(form.values, { onError: (error) => form.showApiError(error) });
        }}
      >
        <Stack>
          <TextInput
            label="Workspace name"
            placeholder="Acme Corp"
            required
            data-autofocus
            {...form.textInput('workspaceName')}
          />
          <TextInput label="Your name" autoComplete="name" required {...form.textInput('name')} />
          <TextInput label="E-mail" type="email" autoComplete="email" required {...form.textInput('email')} />
          <PasswordInput
            label="Password"
            description="At least 10 characters; a few words make a good one."
            autoComplete="new-password"
            required
            {...form.textInput('password')}
          />
          <Button type="submit" loading={setUp.isPending} fullWidth mt="xs">
            Create workspace
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
