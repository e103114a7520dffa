import { Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface InfoCardProps {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}

/** A titled card of a record page (profile, companies, deals…), a section for assistive technology. */
export function InfoCard({ title, children, action }: InfoCardProps) {
  const id = `card-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h5" id={id}>
            {title}
          </Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
