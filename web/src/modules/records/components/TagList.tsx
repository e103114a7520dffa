import { Badge, Group, Text } from '@mantine/core';

interface TagListProps {
  tags: readonly string[];
  /**
   * A list cell: one line, clipped by the cell, every tag in the tooltip. Elsewhere the tags wrap.
   * Either way a badge keeps its width: squeezed, six tags became six empty boxes. A clipped line
   * fades out at the cell's edge, so a tag cut there reads as "more", not as a tag named "dec". A tag
   * longer than a wrapped line ends in "…" at the line's end (whole in its title), rather than run
   * off the card and widen a phone's page.
   */
  oneLine?: boolean;
}

// Only the last 24 px fade: tags that end before them are untouched.
const CLIPPED = {
  overflow: 'hidden',
  maskImage: 'linear-gradient(to right, black calc(100% - 24px), transparent)',
} as const;

// The theme keeps a badge's whole word; a tag is text anyone typed, of any length.
const CUT_AT_LINE_END = { label: { overflow: 'hidden' } } as const;

export function TagList({ tags, oneLine = false }: TagListProps) {
  if (tags.length === 0) {
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Group
      gap={4}
      wrap={oneLine ? 'nowrap' : 'wrap'}
      title={oneLine ? tags.join(', ') : undefined}
      style={oneLine ? CLIPPED : undefined}
    >
      {tags.map((tag) => (
        <Badge
          key={tag}
          variant="outline"
          color="gray"
          radius="sm"
          tt="none"
          {...(oneLine ? {} : { maw: '100%', title: tag, styles: CUT_AT_LINE_END })}
        >
          {tag}
        </Badge>
      ))}
    </Group>
  );
}
