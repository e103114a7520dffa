import { Badge, Group, Text } from '@mantine/core';

export function TagList({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) {
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      {tags.map((tag) => (
        <Badge key={tag} variant="outline" color="gray" radius="sm" tt="none">
          {tag}
        </Badge>
      ))}
    </Group>
  );
}
