import { Anchor, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { ImportJob } from '../import-types';

/** Where an import's rows came from when it fixes another's rejected rows, and where its own went. */
export function RetryLinks({ job }: { job: ImportJob }) {
  return (
    <>
      {job.retryOf && (
        <Text size="sm">
          Fixing rows of{' '}
          <Anchor component={Link} to={`/imports/${job.retryOf.id}`}>
            import {job.retryOf.number}
          </Anchor>
        </Text>
      )}
      {job.retriedBy.length > 0 && (
        <Text size="sm">
          Fixed rows went to{' '}
          {job.retriedBy.map((retry, i) => (
            <Fragment key={retry.id}>
              {i > 0 && ', '}
              <Anchor component={Link} to={`/imports/${retry.id}`}>
                import {retry.number}
              </Anchor>
            </Fragment>
          ))}
        </Text>
      )}
    </>
  );
}
