import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { components } from '../../../api/schema.gen';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { InfoCard } from './InfoCard';

type LastContact = components['schemas']['PersonOverview']['lastContact'] & {
  /** On a company's page: which of its people was contacted. */
  person?: { id: string; name: string };
};

/**
 * Who on the team was last in touch (e-mail, call, meeting or chat), and when; or that the customer
 * reached out, when they were the one who acted in it.
 */
export function LastContactCard({ lastContact }: { lastContact: LastContact | null }) {
  const person = lastContact?.person && (
    <Anchor component={Link} to={`/people/${lastContact.person.id}`} size="sm">
      {lastContact.person.name}
    </Anchor>
  );
  return (
    <InfoCard title="Last contact">
      {lastContact ? (
        <Text size="sm">
          {lastContact.by ? (
            <>
              <Text span fw={600}>
                {lastContact.by.name}
              </Text>{' '}
              {person && <>with {person} </>}
            </>
          ) : (
            <>{person ?? 'They'} reached out </>
          )}
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
