import { Text } from '@mantine/core';
import type { CutCellTip as Tip } from '../hooks/useCutCellTip';

/** A focused cell's value, cut in its cell, shown whole below it (or above it near the bottom). */
export function CutCellTip({ tip }: { tip: Tip }) {
  return (
    // The cell's own text is what assistive technology reads; this only shows it whole.
    <Text
      aria-hidden
      data-cut-cell-tip
      size="sm"
      px="xs"
      py={4}
      bg="var(--mantine-color-body)"
      bd="1px solid var(--mantine-color-default-border)"
      style={{
        position: 'absolute',
        top: tip.top,
        left: tip.left,
        minWidth: tip.minWidth,
        maxWidth: '32rem',
        transform: tip.above ? 'translateY(-100%)' : undefined,
        zIndex: 3,
        borderRadius: 'var(--mantine-radius-sm)',
        boxShadow: 'var(--mantine-shadow-sm)',
        overflowWrap: 'anywhere',
        pointerEvents: 'none',
      }}
    >
      {tip.text}
    </Text>
  );
}
