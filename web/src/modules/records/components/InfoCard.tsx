import { Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface InfoCardProps {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}

/** The id of a card's heading, which its section is labelled by and a page's jump links lead to. */
export const cardHeadingId = (title: string) => `card-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/**
 * A titled card of a record page (profile, companies, deals…), a section for assistive technology.
 * Its text breaks inside a word when one word is wider than the card (a name, a title, a domain of
 * sixty letters), so no line runs past the card and widens a phone's page.
 */
export function InfoCard({ title, children, action }: InfoCardProps) {
  const id = cardHeadingId(title);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={id}
      style={{ overflowWrap: 'anywhere' }}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h5" id={id}>
            {title}
          </Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
