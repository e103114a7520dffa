import { Anchor, Card, Group, Text, ThemeIcon } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { Link } from 'react-router';

interface NextStepCardProps {
  icon: Icon;
  title: string;
  description: string;
  to: string;
}

/** A suggestion on the home page; the whole card follows its link. */
export function NextStepCard({ icon: StepIcon, title, description, to }: NextStepCardProps) {
  return (
    <Card withBorder radius="md" padding="lg" pos="relative">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size={40} radius="md" aria-hidden>
          <StepIcon size={22} stroke={1.6} />
        </ThemeIcon>
        <div>
          <Anchor
            component={Link}
            to={to}
            fw={600}
            c="var(--mantine-color-text)"
            underline="hover"
            // The link's box covers the card, so the whole card is one target with one name.
            style={{ position: 'static' }}
            className="stretched-link"
          >
            {title}
          </Anchor>
          <Text size="sm" c="dimmed" mt={4}>
            {description}
          </Text>
        </div>
      </Group>
    </Card>
  );
}
