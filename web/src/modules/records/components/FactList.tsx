import { Stack, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';

/**
 * Label–value pairs as a description list, each label above its value: a record page's side card
 * is narrow, and an e-mail or an address given the whole width wraps where it should, not per letter.
 */
export function FactList({ facts }: { facts: readonly [string, ReactNode][] }) {
  return (
    <Stack component="dl" gap="xs" m={0}>
      {facts.map(([label, value]) => (
        <FactRow key={label} label={label} value={value} />
      ))}
    </Stack>
  );
}

function FactRow({ label, value }: { label: string; value: ReactNode }) {
  const empty = value === null || value === undefined || value === '' || value === false;
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {empty ? '—' : value}
      </Text>
    </div>
  );
}

/** An e-mail or a domain that may wrap after its "@" and before its dots, and nowhere else first. */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=@)|(?=\.)/);
  return (
    <>
      {parts.map((part, i) => (
        // Parts of one string in a fixed order: the index is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
