import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconArrowsRightLeft } from '@tabler/icons-react';

export function BrandMark({ size = 'md' }: { size?: 'md' | 'lg' }) {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={size === 'lg' ? 36 : 28} radius="md" variant="filled" aria-hidden>
        <IconArrowsRightLeft size={size === 'lg' ? 20 : 16} stroke={2.2} />
      </ThemeIcon>
      <Text fw={700} fz={size === 'lg' ? 22 : 18} lts={-0.3} visibleFrom={size === 'lg' ? undefined : 'xs'}>
        Rapport
      </Text>
    </Group>
  );
}
