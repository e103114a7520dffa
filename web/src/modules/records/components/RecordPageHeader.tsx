import { Avatar, Button, Group, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { avatarName } from '../../../ui/format';

interface RecordPageHeaderProps {
  name: string;
  /** Round for a person, square for a company. */
  avatarRadius: 'xl' | 'md';
  /** A badge before the line under the name: a person's stage. */
  badge?: ReactNode;
  /** What the record is, under its name: "CFO at Globex", "Energy · globex.example". */
  summary: string;
  /** Edit, for who may. */
  onEdit?: (() => void) | undefined;
}

/**
 * A person's or company's name with its avatar and what it is, and Edit. Name and summary wrap
 * anywhere: a job title or a domain of one long word ran off a phone's screen, and widened the page.
 */
export function RecordPageHeader({ name, avatarRadius, badge, summary, onEdit }: RecordPageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
      <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
        <Avatar name={avatarName(name)} color="initials" size={56} radius={avatarRadius} aria-hidden />
        <div style={{ minWidth: 0 }}>
          <Title order={1} size="h3" style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Title>
          <Group gap="xs">
            {badge}
            {summary && (
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                {summary}
              </Text>
            )}
          </Group>
        </div>
      </Group>
      {onEdit && (
        <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
          Edit
        </Button>
      )}
    </Group>
  );
}
