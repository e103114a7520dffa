import { type components, type operations, roleValues } from './schema.gen';

type Schemas = components['schemas'];

export type Me = Schemas['Me'];
export type Role = Schemas['Role'];
export type Grant = Schemas['Grant'];
export type Scope = Grant['read'];
export type Workspace = Schemas['Workspace'];
export type User = Schemas['User'];
export type UserStatus = User['status'];
export type Team = Schemas['Team'];
export type ApiToken = Schemas['ApiToken'];
export type CreatedApiToken = Schemas['CreatedApiToken'];
export type AuditEntry = Schemas['AuditEntry'];
export type Job = Schemas['Job'];
export type JobState = Job['state'];
export type OutboxMessage = Schemas['OutboxMessage'];
export type MailStatus = OutboxMessage['status'];

export type UserListQuery = NonNullable<operations['listUsers']['parameters']['query']>;
export type AuditLogQuery = NonNullable<operations['listAuditLog']['parameters']['query']>;

type JsonBodyOf<Operation> = Operation extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;
/** The JSON body an operation takes, by its operationId. */
export type BodyOf<OperationId extends keyof operations> = JsonBodyOf<operations[OperationId]>;

export const ROLES = roleValues;
