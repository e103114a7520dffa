import { Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatEmail } from '../../../ui/format';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { QueryError } from '../../../ui/QueryError';
import { LifecycleBadge } from '../../people/components/LifecycleBadge';
import { InfoCard } from '../../records/components/InfoCard';
import { useCompanyPeople } from '../hooks/useCompanyPeople';

/** The people whose primary company this is. */
export function CompanyPeopleCard({ companyId }: { companyId: string }) {
  const people = useCompanyPeople(companyId);
  const rows = people.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <InfoCard title="People">
      {people.error && <QueryError error={people.error} />}
      {people.isPending && <Loader size="sm" aria-label="Loading the people" />}
      {people.isSuccess && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          Nobody works here yet.
        </Text>
      )}
      <Stack gap={6}>
        {rows.map((person) => (
          <Group key={person.id} justify="space-between" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/people/${person.id}`} size="sm" fw={500}>
                {person.name}
              </Anchor>
              <Text size="xs" c="dimmed" truncate>
                {[person.jobTitle, person.email && formatEmail(person.email)].filter(Boolean).join(' · ')}
              </Text>
            </div>
            <LifecycleBadge stage={person.lifecycleStage} />
          </Group>
        ))}
      </Stack>
      <LoadMoreButton
        hasMore={people.hasNextPage}
        loading={people.isFetchingNextPage}
        onLoadMore={() => void people.fetchNextPage()}
      />
    </InfoCard>
  );
}
