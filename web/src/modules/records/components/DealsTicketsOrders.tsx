import { Grid } from '@mantine/core';
import type { components } from '../../../api/schema.gen';
import { OpenDealsCard } from '../../sales/components/OpenDealsCard';
import { OrdersCard } from '../../sales/components/OrdersCard';
import { TicketsCard } from '../../service/components/TicketsCard';

type Schemas = components['schemas'];

/**
 * A customer's open deals, tickets and orders side by side, on a person's or a company's page. A
 * section the role may not read is absent from the overview, and so from here.
 */
export function DealsTicketsOrders({
  openDeals,
  tickets,
  orders,
  ofCompany = false,
}: {
  openDeals?: readonly Schemas['Deal'][] | undefined;
  tickets?: readonly Schemas['Ticket'][] | undefined;
  orders?: Schemas['OrdersSummary'] | undefined;
  /** A company's: its tickets come from several of its people, so each says who asked. */
  ofCompany?: boolean;
}) {
  if (!openDeals && !tickets && !orders) return null;
  return (
    <Grid gap="md">
      {openDeals && (
        <Grid.Col span={{ base: 12, sm: 6, xl: 4 }}>
          <OpenDealsCard deals={openDeals} />
        </Grid.Col>
      )}
      {tickets && (
        <Grid.Col span={{ base: 12, sm: 6, xl: 4 }}>
          <TicketsCard tickets={tickets} askedBy={ofCompany} />
        </Grid.Col>
      )}
      {orders && (
        <Grid.Col span={{ base: 12, sm: 6, xl: 4 }}>
          <OrdersCard orders={orders} />
        </Grid.Col>
      )}
    </Grid>
  );
}
