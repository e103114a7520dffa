import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useApiForm } from '../../../ui/useApiForm';
import { AuthLayout } from '../components/AuthLayout';
import { useRequestPasswordReset } from '../hooks/useRequestPasswordReset';

export function ForgotPasswordPage() {
  const requestReset = useRequestPasswordReset();
  const form = useApiForm({ email: '' });

  return (
    <AuthLayout
      title="Reset your password"
      description="Enter your e-mail address and we will send you a link to choose a new password."
      footer={
        <Anchor component={Link} to="/sign-in" size="sm">
          Back to sign in
        </Anchor>
      }
    >
      {requestReset.isSuccess ? (
        <Alert color="teal" variant="light" icon={<IconMailCheck size={18} />} role="status">
          If an account exists for {form.values.email}, a reset link is on its way. It works for a short while
          only. No e-mail? Ask your administrator: without a mail server, Rapport keeps messages in Settings ›
          Outbox.
        </Alert>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            requestReset.mutate(form.values, { onError: (error) => form.showApiError(error) });
          }}
        >
          <Stack>
            <TextInput
              label="E-mail"
              type="email"
              autoComplete="email"
              required
              {...form.textInput('email')}
            />
            <Button type="submit" loading={requestReset.isPending} fullWidth>
              Send reset link
            </Button>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
