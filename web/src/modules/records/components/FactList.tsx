import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label–value pairs as a description list. */
export function FactList({ facts }: { facts: readonly [string, ReactNode][] }) {
  return (
    <SimpleGrid
      component="dl"
      cols={2}
      spacing={4}
      verticalSpacing={6}
      style={{ gridTemplateColumns: 'minmax(6rem, auto) 1fr', margin: 0 }}
    >
      {facts.map(([label, value]) => (
        <FactRow key={label} label={label} value={value} />
      ))}
    </SimpleGrid>
  );
}

function FactRow({ label, value }: { label: string; value: ReactNode }) {
  const empty = value === null || value === undefined || value === '' || value === false;
  return (
    <>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {empty ? '—' : value}
      </Text>
    </>
  );
}
