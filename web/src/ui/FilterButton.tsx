import { Badge, Button } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import type { CSSProperties } from 'react';

interface FilterButtonProps {
  /** "Filter", "Filters". */
  label: string;
  open: boolean;
  /** How many conditions are set: shown on the button, so a folded filter still says it narrows. */
  count: number;
  onClick: () => void;
  /** The id of what it opens, when that is always in the page (aria-controls). */
  controls?: string;
  style?: CSSProperties;
}

/** The button that opens a list's filters, lit while they are open. */
export function FilterButton({ label, open, count, onClick, controls, style }: FilterButtonProps) {
  return (
    <Button
      variant={open ? 'light' : 'default'}
      leftSection={<IconFilter size={16} aria-hidden />}
      rightSection={
        count > 0 ? (
          <Badge size="sm" circle>
            {count}
          </Badge>
        ) : undefined
      }
      onClick={onClick}
      aria-expanded={open}
      aria-controls={controls}
      style={style}
    >
      {label}
    </Button>
  );
}
