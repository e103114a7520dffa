import { Badge, Group, Stack, Text } from '@mantine/core';
import type { components } from '../../../api/schema.gen';
import { formatRelative, humanize } from '../../../ui/format';
import { InfoCard } from '../../records/components/InfoCard';

type Ticket = components['schemas']['Ticket'];

const OPEN = new Set(['new', 'open', 'pending', 'on_hold']);

/** A customer's latest tickets; on a company's page (`askedBy`), each with who asked it. */
export function TicketsCard({ tickets, askedBy = false }: { tickets: readonly Ticket[]; askedBy?: boolean }) {
  const open = tickets.filter((t) => OPEN.has(t.status)).length;
  return (
    <InfoCard title="Tickets">
      {/* Empty, it reads as the other cards' empty states do; otherwise a small summary line. */}
      <Text size={tickets.length === 0 ? 'sm' : 'xs'} c="dimmed">
        {tickets.length === 0 ? 'No ticket.' : `${open} open of the latest ${tickets.length}.`}
      </Text>
      <Stack gap="xs">
        {tickets.map((ticket) => (
          <Group key={ticket.id} justify="space-between" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} lineClamp={3} title={ticket.subject}>
                #{ticket.number} {ticket.subject}
              </Text>
              <Text size="xs" c="dimmed">
                {askedBy && ticket.requester && `${ticket.requester.name} · `}
                {humanize(ticket.priority)} priority · {formatRelative(ticket.createdAt)}
              </Text>
            </div>
            <Badge size="sm" variant="light" color={OPEN.has(ticket.status) ? 'orange' : 'gray'}>
              {humanize(ticket.status.replace('_', ' '))}
            </Badge>
          </Group>
        ))}
      </Stack>
    </InfoCard>
  );
}
