import { Anchor, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDialled, formatEmail, humanize, telHref } from '../../../ui/format';
import { addressText } from '../../records/address-text';
import { CustomFieldValue } from '../../records/components/CustomFieldValue';
import { Breakable, FactList } from '../../records/components/FactList';
import { InfoCard } from '../../records/components/InfoCard';
import { MemberName } from '../../records/components/MemberName';
import { TagList } from '../../records/components/TagList';
import { useCustomFieldDefinitions } from '../../records/hooks/useCustomFieldDefinitions';
import type { Person } from '../../records/record-types';

/**
 * How to reach the person, who owns them, and their custom fields. Their e-mails and phones are
 * links one above the other, spaced so that each is a 24-pixel target of its own (WCAG 2.5.8).
 */
export function PersonProfileCard({ person }: { person: Person }) {
  const custom = useCustomFieldDefinitions('people');
  return (
    <InfoCard title="Profile">
      <FactList
        facts={[
          [
            'E-mail',
            person.emails.length > 0 && (
              <Stack gap={6}>
                {person.emails.map((e) => (
                  <Anchor key={e.address} href={`mailto:${e.address}`} size="sm">
                    <Breakable text={formatEmail(e.address)} />{' '}
                    <Text span size="xs" c="dimmed">
                      {e.type}
                    </Text>
                  </Anchor>
                ))}
              </Stack>
            ),
          ],
          [
            'Phone',
            person.phones.length > 0 && (
              <Stack gap={6}>
                {person.phones.map((p) => (
                  <Anchor key={p.number} href={telHref(p)} size="sm">
                    {formatDialled(p)}{' '}
                    <Text span size="xs" c="dimmed">
                      {p.type}
                    </Text>
                  </Anchor>
                ))}
              </Stack>
            ),
          ],
          ['Address', person.addresses[0] && addressText(person.addresses[0])],
          ['Owner', <MemberName key="owner" id={person.ownerId} fallback="Nobody" />],
          ['Tags', person.tags.length > 0 && <TagList tags={person.tags} />],
          ['Source', humanize(person.source)],
          ...(custom.data ?? []).map(
            (definition) =>
              [
                definition.label,
                <CustomFieldValue
                  key={definition.id}
                  definition={definition}
                  value={person.customFields[definition.key]}
                />,
              ] as [string, ReactNode],
          ),
        ]}
      />
    </InfoCard>
  );
}
