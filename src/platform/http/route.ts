import type { Context } from 'hono';
import type { z } from 'zod';
import type { Config } from '../../config.ts';
import type { StaffPrincipal } from '../auth/principal.ts';
import type { SessionRecord } from '../auth/sessions.ts';
import type { Db } from '../db/connect.ts';
import type { Tx } from '../db/transaction.ts';
import type { Logger } from '../log/logger.ts';

export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

/** What every handler may use besides its input: created once per process in src/app.ts. */
export interface Services {
  db: Db;
  config: Config;
  logger: Logger;
}

export interface ResponseSpec {
  description: string;
  schema?: Schema;
  /** Non-JSON bodies (CSV, vCard, …): content type → schema for the document. */
  content?: Record<string, Schema>;
}

interface CommonSpec<
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
> {
  method: Method;
  /** OpenAPI form: `/users/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Successful responses; the standard problem responses are added for every route. */
  responses: Record<number, ResponseSpec>;
}

/** A route for signed-in staff: it runs inside one transaction scoped to the caller's workspace. */
export interface StaffRouteSpec<
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
> extends CommonSpec<P, Q, B> {
  /** The role check, before anything else is read: false answers 403. */
  allow: (principal: StaffPrincipal) => boolean;
  handler: (input: StaffInput<Out<P>, Out<Q>, Out<B>>) => Promise<Reply>;
}

/**
 * A route for a signed-in caller that acts on their account across workspaces (sessions, password,
 * switching): it gets the caller but no workspace transaction, and opens what it needs itself.
 */
export interface AccountRouteSpec<
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
> extends CommonSpec<P, Q, B> {
  handler: (input: AccountInput<Out<P>, Out<Q>, Out<B>>) => Promise<Reply>;
}

/**
 * A route that streams: an upload read chunk by chunk (no JSON body, no 1 MiB limit) or a download
 * written as it is read. It is authorised like a staff route but gets no request-wide transaction:
 * it opens short ones per chunk or batch, so a long transfer never holds a connection (the embedded
 * database has only one).
 */
export interface StreamRouteSpec<P extends Schema | undefined, Q extends Schema | undefined>
  extends Omit<CommonSpec<P, Q, undefined>, 'body'> {
  allow: (principal: StaffPrincipal) => boolean;
  /** The raw request body this route reads, for the OpenAPI document. */
  upload?: { contentTypes: string[]; description: string };
  handler: (input: AccountInput<Out<P>, Out<Q>, undefined>) => Promise<Reply>;
}

/** A route without a caller (sign-in, setup, password reset): it opens its own transactions. */
export interface PublicRouteSpec<
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
> extends CommonSpec<P, Q, B> {
  handler: (input: BaseInput<Out<P>, Out<Q>, Out<B>>) => Promise<Reply>;
}

type AnySchema = Schema | undefined;
export type Route =
  | { kind: 'staff'; spec: StaffRouteSpec<AnySchema, AnySchema, AnySchema> }
  | { kind: 'account'; spec: AccountRouteSpec<AnySchema, AnySchema, AnySchema> }
  | { kind: 'stream'; spec: StreamRouteSpec<AnySchema, AnySchema> & { body?: undefined } }
  | { kind: 'public'; spec: PublicRouteSpec<AnySchema, AnySchema, AnySchema> };

/**
 * Declares an endpoint: its pipeline (authenticate → allow → validate → transaction → handler) and its
 * OpenAPI description come from this one declaration.
 */
export function defineRoute<
  P extends AnySchema = undefined,
  Q extends AnySchema = undefined,
  B extends AnySchema = undefined,
>(spec: StaffRouteSpec<P, Q, B>): Route {
  return { kind: 'staff', spec: spec as unknown as StaffRouteSpec<AnySchema, AnySchema, AnySchema> };
}

export function defineAccountRoute<
  P extends AnySchema = undefined,
  Q extends AnySchema = undefined,
  B extends AnySchema = undefined,
>(spec: AccountRouteSpec<P, Q, B>): Route {
  return { kind: 'account', spec: spec as unknown as AccountRouteSpec<AnySchema, AnySchema, AnySchema> };
}

export function defineStreamRoute<P extends AnySchema = undefined, Q extends AnySchema = undefined>(
  spec: StreamRouteSpec<P, Q>,
): Route {
  return { kind: 'stream', spec: spec as unknown as StreamRouteSpec<AnySchema, AnySchema> };
}

export function definePublicRoute<
  P extends AnySchema = undefined,
  Q extends AnySchema = undefined,
  B extends AnySchema = undefined,
>(spec: PublicRouteSpec<P, Q, B>): Route {
  return { kind: 'public', spec: spec as unknown as PublicRouteSpec<AnySchema, AnySchema, AnySchema> };
}

export interface BaseInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  services: Services;
  requestId: string;
  /** The version a PATCH or DELETE was conditioned on (`If-Match`), if any. */
  ifMatch: number | undefined;
  ip: string | undefined;
  userAgent: string | undefined;
  /** For the few routes that manage the session cookie themselves. */
  context: Context;
}

export interface AccountInput<P, Q, B> extends BaseInput<P, Q, B> {
  principal: StaffPrincipal;
  session: SessionRecord | undefined;
}

/**
 * Inside the request's transaction, `services` has no `db`: a second connection from a handler could
 * wait forever for the embedded database's only one. Use `tx`.
 */
export interface StaffInput<P, Q, B> extends Omit<AccountInput<P, Q, B>, 'services'> {
  services: Omit<Services, 'db'>;
  tx: Tx;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** The record version: sent as a strong ETag. */
  version?: number;
  /** A fully formed response (streams, files): sent as is. */
  raw?: Response;
}

export const ok = (body: unknown, version?: number): Reply => ({
  status: 200,
  body,
  ...(version ? { version } : {}),
});
export const created = (body: unknown, location: string, version?: number): Reply => ({
  status: 201,
  body,
  headers: { Location: location },
  ...(version ? { version } : {}),
});
export const accepted = (body?: unknown): Reply => ({ status: 202, body });
export const noContent = (): Reply => ({ status: 204 });

export const everyone = (): boolean => true;
