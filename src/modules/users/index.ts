export { activeMembers, type Member } from './members.ts';
export { userRoutes } from './users.routes.ts';
