import { Group, Stack, Text } from '@mantine/core';
import type { components } from '../../../api/schema.gen';
import { formatDate, formatMoney } from '../../../ui/format';
import { InfoCard } from '../../records/components/InfoCard';

type Orders = components['schemas']['OrdersSummary'];

/** Orders and revenue (and margin where every line has a cost), per currency. */
export function OrdersCard({ orders }: { orders: Orders }) {
  return (
    <InfoCard title="Orders and revenue">
      <Text size={orders.count === 0 ? 'sm' : 'xs'} c="dimmed">
        {orders.count === 0
          ? 'No order.'
          : `${orders.count} order${orders.count === 1 ? '' : 's'}${orders.lastOrderAt ? `, the last on ${formatDate(orders.lastOrderAt)}` : ''}.`}
      </Text>
      {orders.byCurrency.map((line) => (
        <Group key={line.currency} justify="space-between" gap="xs">
          <Text size="sm">
            Revenue{' '}
            <Text span size="xs" c="dimmed">
              ({line.orders} in {line.currency})
            </Text>
          </Text>
          <Text size="sm" fw={600}>
            {formatMoney(line.revenue, line.currency)}
            {line.margin !== null && (
              <Text span size="xs" c="dimmed" fw={400}>
                {' '}
                · margin {formatMoney(line.margin, line.currency)}
              </Text>
            )}
          </Text>
        </Group>
      ))}
      <Stack gap={4}>
        {orders.recent.map((order) => (
          <Group key={order.id} justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
            <Text size="xs" c="dimmed" style={{ minWidth: 0 }}>
              {formatDate(order.orderedAt)} · {order.externalId}
            </Text>
            {/* On the order's line however narrow the card: wrapped below, it read as the next order's. */}
            <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(order.total, order.currency)}
            </Text>
          </Group>
        ))}
      </Stack>
    </InfoCard>
  );
}
