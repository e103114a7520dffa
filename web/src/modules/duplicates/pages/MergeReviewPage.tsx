import { Anchor, Breadcrumbs, Loader, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryError } from '../../../ui/QueryError';
import { MergeReview } from '../components/MergeReview';
import type { DuplicateObject } from '../duplicate-types';
import { useDuplicateRecord } from '../hooks/useDuplicateRecord';

/** /duplicates/:objectType/:firstId/:secondId?candidate=…: the side-by-side review of a pair. */
export function MergeReviewPage() {
  useDocumentTitle('Review duplicates · Rapport');
  const { objectType: objectParam, firstId = '', secondId = '' } = useParams();
  const [search] = useSearchParams();
  const objectType: DuplicateObject = objectParam === 'companies' ? 'companies' : 'people';
  const first = useDuplicateRecord(objectType, firstId);
  const second = useDuplicateRecord(objectType, secondId);
  const error = first.error ?? second.error;

  return (
    <Stack maw={1100}>
      <Breadcrumbs>
        <Anchor component={Link} to="/duplicates" size="sm">
          Duplicates
        </Anchor>
        <Text size="sm">Review</Text>
      </Breadcrumbs>
      <Title order={1}>Review a possible duplicate</Title>
      {error && <QueryError error={error} />}
      {(first.isPending || second.isPending) && !error && <Loader aria-label="Loading both records" />}
      {first.data && second.data && (
        <MergeReview
          // A new pair starts a new review.
          key={`${first.data.id}|${second.data.id}`}
          objectType={objectType}
          records={[first.data, second.data]}
          candidateId={search.get('candidate')}
        />
      )}
    </Stack>
  );
}
