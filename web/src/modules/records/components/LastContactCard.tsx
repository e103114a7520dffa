import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { components } from '../../../api/schema.gen';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { InfoCard } from './InfoCard';

type Contact = NonNullable<components['schemas']['PersonOverview']['lastContact']> & {
  /** On a company's page: which of its people was contacted. */
  person?: { id: string; name: string };
};

/**
 * Who on the team was last in touch (e-mail, call, meeting or chat), and when; when the customer was
 * the one who acted in the latest contact, that they reached out, and who on the team was in touch
 * before.
 */
export function LastContactCard({
  lastContact,
  teamContact,
}: {
  lastContact: Contact | null;
  teamContact: Contact | null;
}) {
  const nobody = (
    <Text size="sm" c="dimmed">
      Nobody on the team has been in touch yet.
    </Text>
  );
  return (
    <InfoCard title="Last contact">
      {!lastContact ? (
        nobody
      ) : lastContact.by ? (
        <ContactLine contact={lastContact} />
      ) : (
        <Stack gap={4}>
          <ContactLine contact={lastContact} />
          {teamContact ? <ContactLine contact={teamContact} lead="Last from the team: " /> : nobody}
        </Stack>
      )}
    </InfoCard>
  );
}

function ContactLine({ contact, lead }: { contact: Contact; lead?: string }) {
  const person = contact.person && (
    <Anchor component={Link} to={`/people/${contact.person.id}`} size="sm">
      {contact.person.name}
    </Anchor>
  );
  return (
    <Text size="sm">
      {lead}
      {contact.by ? (
        <>
          <Text span fw={600}>
            {contact.by.name}
          </Text>{' '}
          {person && <>with {person} </>}
        </>
      ) : (
        <>{person ?? 'They'} reached out </>
      )}
      <time dateTime={contact.at} title={formatDateTime(contact.at)}>
        {formatRelative(contact.at)}
      </time>
    </Text>
  );
}
