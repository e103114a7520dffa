import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { useApiForm } from '../../../ui/useApiForm';
import { AuthLayout } from '../components/AuthLayout';
import { useSignIn } from '../hooks/useSignIn';

export function SignInPage() {
  const signIn = useSignIn();
  const form = useApiForm({ email: '', password: '' });
  const failure = isApiError(signIn.error) ? signIn.error.detail : signIn.error?.message;

  return (
    <AuthLayout
      title="Sign in"
      description="Welcome back."
      footer="Rapport keeps your customers, deals and tickets in one place."
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          signIn.mutate(form.values, { onError: (error) => form.showApiError(error) });
        }}
      >
        <Stack>
          {failure && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
              {failure}
            </Alert>
          )}
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="username"
            required
            {...form.textInput('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.textInput('password')}
          />
          <Anchor component={Link} to="/forgot-password" size="sm">
            Forgot your password?
          </Anchor>
          <Button type="submit" loading={signIn.isPending} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
