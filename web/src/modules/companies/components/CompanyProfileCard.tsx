import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDomain, formatMoney, formatPhone, formatWebsite, humanize } from '../../../ui/format';
import { useSession } from '../../account/hooks/useSession';
import { addressText } from '../../records/address-text';
import { CustomFieldValue } from '../../records/components/CustomFieldValue';
import { FactList } from '../../records/components/FactList';
import { InfoCard } from '../../records/components/InfoCard';
import { MemberName } from '../../records/components/MemberName';
import { TagList } from '../../records/components/TagList';
import { useCustomFieldDefinitions } from '../../records/hooks/useCustomFieldDefinitions';
import type { Company } from '../../records/record-types';

const number = new Intl.NumberFormat();

export function CompanyProfileCard({ company }: { company: Company }) {
  const custom = useCustomFieldDefinitions('companies');
  // Revenue is kept in the workspace's currency (the API says so of annualRevenue).
  const { defaultCurrency } = useSession().workspace;
  const address = company.addresses[0];
  return (
    <InfoCard title="Profile">
      <FactList
        facts={[
          ['Domains', company.domains.map(formatDomain).join(', ')],
          ['Industry', company.industry],
          ['Employees', company.employees === null ? null : number.format(company.employees)],
          [
            'Annual revenue',
            company.annualRevenue === null
              ? null
              : formatMoney(company.annualRevenue, defaultCurrency, { whole: true }),
          ],
          [
            'Phone',
            company.phone && (
              <Anchor href={`tel:${company.phone}`} size="sm">
                {formatPhone(company.phone)}
              </Anchor>
            ),
          ],
          [
            'Website',
            company.website && (
              <Anchor href={company.website} target="_blank" rel="noopener noreferrer" size="sm">
                {formatWebsite(company.website)}
              </Anchor>
            ),
          ],
          ['Address', address && addressText(address)],
          ['Owner', <MemberName key="owner" id={company.ownerId} fallback="Nobody" />],
          ['Tags', company.tags.length > 0 && <TagList tags={company.tags} />],
          ['Source', humanize(company.source)],
          ...(custom.data ?? []).map(
            (definition) =>
              [
                definition.label,
                <CustomFieldValue
                  key={definition.id}
                  definition={definition}
                  value={company.customFields[definition.key]}
                />,
              ] as [string, ReactNode],
          ),
        ]}
      />
    </InfoCard>
  );
}
