import { Grid } from '@mantine/core';
import type { components } from '../../../api/schema.gen';
import { OpenDealsCard } from '../../sales/components/OpenDealsCard';
import { OrdersCard } from '../../sales/components/OrdersCard';
import { TicketsCard } from '../../service/components/TicketsCard';
import '../record-page.css';

type Schemas = components['schemas'];

/** Widths of the cards' row: two cards from 36em (about 280 px each), three from 60em. */
const CARD_ROW_WIDTHS = { xs: '20em', sm: '36em', md: '44em', lg: '52em', xl: '60em' };

/**
 * A customer's open deals, tickets and orders side by side, on a person's or a company's page. A
 * section the role may not read is absent from the overview, and so from here. Cards of a row are
 * as tall as the tallest; on two columns the last card of an odd count takes the whole row, so no
 * hole is left beside it. How many share a row follows the width they are given, not the window's:
 * beside a record's profile at 1440 px, three would leave a deal's name two words.
 */
export function DealsTicketsOrders({
  openDeals,
  tickets,
  orders,
  customerNames,
  ofCompany = false,
}: {
  openDeals?: readonly Schemas['Deal'][] | undefined;
  tickets?: readonly Schemas['Ticket'][] | undefined;
  orders?: Schemas['OrdersSummary'] | undefined;
  /** The company, or the person's companies: deals named after them read without them. */
  customerNames: readonly string[];
  /** A company's: its tickets come from several of its people, so each says who asked. */
  ofCompany?: boolean;
}) {
  const cards = [
    openDeals && { key: 'deals', card: <OpenDealsCard deals={openDeals} customerNames={customerNames} /> },
    tickets && { key: 'tickets', card: <TicketsCard tickets={tickets} askedBy={ofCompany} /> },
    orders && { key: 'orders', card: <OrdersCard orders={orders} /> },
  ].filter((c) => c !== undefined);
  if (cards.length === 0) return null;
  const xl = 12 / cards.length;
  return (
    <Grid gap="md" type="container" breakpoints={CARD_ROW_WIDTHS}>
      {cards.map(({ key, card }, i) => {
        const alone = cards.length % 2 === 1 && i === cards.length - 1;
        return (
          <Grid.Col key={key} span={{ base: 12, sm: alone ? 12 : 6, xl }} className="equal-height">
            {card}
          </Grid.Col>
        );
      })}
    </Grid>
  );
}
