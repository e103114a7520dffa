export { dealRoutes } from './deals.routes.ts';
export { listDeals } from './deals.service.ts';
export { orderRoutes } from './orders.routes.ts';
export { listOrders } from './orders.service.ts';
export { DealSchema, OrderSchema, presentDeal, presentOrder } from './sales.present.ts';
