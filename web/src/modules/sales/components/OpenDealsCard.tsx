import { Group, Stack, Text } from '@mantine/core';
import type { components } from '../../../api/schema.gen';
import { formatDate, formatMoney } from '../../../ui/format';
import { InfoCard } from '../../records/components/InfoCard';
import { dealTitle } from '../deal-title';

type Deal = components['schemas']['Deal'];

/** `customerNames`: the page's customer (a company, or a person's companies), left out of deals' names. */
export function OpenDealsCard({
  deals,
  customerNames,
}: {
  deals: readonly Deal[];
  customerNames: readonly string[];
}) {
  return (
    <InfoCard title="Open deals">
      {deals.length === 0 && (
        <Text size="sm" c="dimmed">
          No open deal.
        </Text>
      )}
      <Stack gap="xs">
        {deals.map((deal) => (
          <Group key={deal.id} justify="space-between" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} lineClamp={3} title={deal.name}>
                {dealTitle(deal.name, customerNames)}
              </Text>
              <Text size="xs" c="dimmed">
                {deal.stage.name} · {deal.stage.probability}%
                {deal.closeDate && ` · closes ${formatDate(deal.closeDate)}`}
              </Text>
            </div>
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(deal.amount, deal.currency)}
            </Text>
          </Group>
        ))}
      </Stack>
    </InfoCard>
  );
}
