import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useApiForm } from '../../../ui/useApiForm';
import { AuthLayout } from '../components/AuthLayout';
import { useCompletePasswordReset } from '../hooks/useCompletePasswordReset';

/** Where the links of reset and invitation e-mails lead (`?token=…`, plus `&invited=1` for invitations). */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const invited = params.get('invited') === '1';
  const complete = useCompletePasswordReset();
  const form = useApiForm({ password: '' });

  const title = invited ? 'Choose your password to join' : 'Choose a new password';
  const signInLink = (
    <Anchor component={Link} to="/sign-in" size="sm">
      Go to sign in
    </Anchor>
  );

  if (!token) {
    return (
      <AuthLayout title={title} footer={signInLink}>
        <Alert color="red" variant="light" role="alert">
          This link is incomplete. Open the link from your e-mail again, or ask for a new one.
        </Alert>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title={title}
      description={invited ? 'Your colleagues are waiting for you in Rapport.' : undefined}
      footer={signInLink}
    >
      {complete.isSuccess ? (
        <Stack>
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} role="status">
            Your password is set. Sign in with it to continue.
          </Alert>
          <Button component={Link} to="/sign-in" fullWidth>
            Sign in
          </Button>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            complete.mutate(
              { token, password: form.values.password },
              { onError: (error) => form.showApiError(error) },
            );
          }}
        >
          <Stack>
            <PasswordInput
              label="New password"
              description="At least 10 characters; a few words make a good one."
              autoComplete="new-password"
              required
              {...form.textInput('password')}
            />
            <Button type="submit" loading={complete.isPending} fullWidth>
              {invited ? 'Set password and join' : 'Set new password'}
            </Button>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
