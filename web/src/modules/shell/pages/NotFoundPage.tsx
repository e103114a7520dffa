import { Button, EmptyState, Text } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <EmptyState
      mt="xl"
      icon={<IconMapOff size={28} aria-hidden />}
      title={
        <Text component="h1" inherit>
          Nothing here
        </Text>
      }
      description="This page does not exist, or your role does not let you see it."
    >
      <Button component={Link} to="/" variant="light">
        Go home
      </Button>
    </EmptyState>
  );
}
