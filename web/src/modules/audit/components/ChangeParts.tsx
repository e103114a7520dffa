import { Anchor } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { Part, Shown } from '../change-text';

/** A value that leads somewhere is a link to it. */
export function ShownValue({ value }: { value: Shown }) {
  return value.href ? (
    <Anchor component={Link} to={value.href} inherit>
      {value.text}
    </Anchor>
  ) : (
    value.text
  );
}

/** A change in words (change-text.ts), its names linked to their records. */
export function ChangeParts({ parts }: { parts: readonly Part[] }) {
  return parts.map((part, index) => (
    // A fixed sentence, never reordered: a part's place is its identity.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    <Fragment key={index}>{typeof part === 'string' ? part : <ShownValue value={part} />}</Fragment>
  ));
}
