import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format';
import { InfoCard } from '../../records/components/InfoCard';
import type { Employment } from '../../records/record-types';

/** Where the person works and worked, primary company first. */
export function PersonCompaniesCard({ employments }: { employments: readonly Employment[] }) {
  const ordered = [...employments].sort((a, b) => Number(b.primary) - Number(a.primary));
  return (
    <InfoCard title="Companies">
      {ordered.length === 0 && (
        <Text size="sm" c="dimmed">
          Not linked to a company.
        </Text>
      )}
      <Stack gap="xs">
        {ordered.map((job) => (
          <div key={job.id}>
            <Group gap="xs">
              <Anchor component={Link} to={`/companies/${job.companyId}`} size="sm" fw={500}>
                {job.companyName}
              </Anchor>
              {job.primary && (
                <Badge size="xs" variant="light">
                  Primary
                </Badge>
              )}
              {job.endedOn && (
                <Badge size="xs" variant="outline" color="gray">
                  Former
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {[
                job.role,
                job.startedOn && `since ${formatDate(job.startedOn)}`,
                job.endedOn && `until ${formatDate(job.endedOn)}`,
              ]
                .filter(Boolean)
                .join(' · ') || 'No role given'}
            </Text>
          </div>
        ))}
      </Stack>
    </InfoCard>
  );
}
