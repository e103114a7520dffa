export { presentTicket, TicketSchema, ticketRoutes } from './tickets.routes.ts';
export { listTickets } from './tickets.service.ts';
