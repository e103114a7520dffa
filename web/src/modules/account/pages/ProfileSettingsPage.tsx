import { Stack } from '@mantine/core';
import { SectionHeader } from '../../../ui/SectionHeader';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { ProfileNameForm } from '../components/ProfileNameForm';
import { SignOutEverywhereCard } from '../components/SignOutEverywhereCard';

export function ProfileSettingsPage() {
  return (
    <Stack maw={720}>
      <SectionHeader title="Profile" description="How you appear to colleagues, and how you sign in." />
      <ProfileNameForm />
      <ChangePasswordForm />
      <SignOutEverywhereCard />
    </Stack>
  );
}
