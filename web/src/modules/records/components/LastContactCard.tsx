import { Text } from '@mantine/core';
import type { components } from '../../../api/schema.gen';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { InfoCard } from '../../records/components/InfoCard';

type LastContact = components['schemas']['PersonOverview']['lastContact'];

/** Who on the team was last in touch (e-mail, call, meeting or chat), and when. */
export function LastContactCard({ lastContact }: { lastContact: LastContact }) {
  return (
    <InfoCard title="Last contact">
      {lastContact ? (
        <Text size="sm">
          <Text span fw={600}>
            {lastContact.by?.name ?? 'Someone'}
          </Text>{' '}
          <time dateTime={lastContact.at} title={formatDateTime(lastContact.at)}>
            {formatRelative(lastContact.at)}
          </time>
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          Nobody on the team has been in touch yet.
        </Text>
      )}
    </InfoCard>
  );
}
