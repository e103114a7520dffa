import type { ActorRef, TenantContext, Via } from '../db/transaction.ts';

/**
 * Who is calling. Staff users (by session or API token) today; portal contacts, partners and chat
 * visitors will add their own kinds here, each authenticated by its own session type, so that
 * routes say which kinds they accept instead of assuming a staff user.
 */
export type Principal = StaffPrincipal;

export interface StaffPrincipal {
  kind: 'staff';
  userId: string;
  workspaceId: string;
  role: string;
  /** Through the web UI (session cookie) or a program (API token). */
  credential:
    | { type: 'session'; sessionId: string }
    /** `expiresAt`: when the token stops working, if it was given an end. */
    | { type: 'api_token'; tokenId: string; expiresAt?: Date };
}

export function viaOf(principal: Principal): Via {
  return principal.credential.type === 'session' ? 'ui' : 'api';
}

export function actorOf(principal: Principal): ActorRef {
  return { type: 'user', id: principal.userId };
}

/**
 * The API token the caller acts with; none for a session (the member at the browser). The audit trail
 * names it with every change made with it, and so does a job or import the request starts, which
 * keeps it to put in its own context (TenantContext.apiTokenId).
 */
export function apiTokenOf(principal: Principal): string | undefined {
  const { credential } = principal;
  return credential.type === 'api_token' ? credential.tokenId : undefined;
}

export function tenantContextOf(principal: Principal, requestId?: string): TenantContext {
  return {
    workspaceId: principal.workspaceId,
    actor: actorOf(principal),
    via: viaOf(principal),
    requestId,
    apiTokenId: apiTokenOf(principal),
  };
}

/** A stable key for rate limits and idempotency: one per credential holder. */
export function principalKey(principal: Principal): string {
  return `user:${principal.userId}`;
}
