import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** 1 for a page of its own (People), 2 for a section under one (Settings › Users). */
  level?: 1 | 2;
}

/**
 * The title of a page or settings section, with what it is for and its main actions. Every page has
 * one level-1 heading, which screen-reader users jump to first.
 */
export function SectionHeader({ title, description, actions, level = 2 }: SectionHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" mb="lg">
      <Stack gap={4} style={{ flex: '1 1 16rem' }}>
        <Title order={level} size="h3">
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
