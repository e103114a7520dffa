import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Session ids, API tokens and reset tokens carry 256 bits of entropy, so a fast hash is enough to make
 * a stolen table useless; argon2 is for the low-entropy secrets people choose.
 */
export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

const API_TOKEN = /^rpt_([0-9a-f]{32})([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

/**
 * `rpt_<workspace><token id>_<secret>`. The workspace and id are in the token so that it is found by
 * primary key (workspace first, as Citus routes it); only the secret's hash is stored.
 */
export function formatApiToken(workspaceId: string, tokenId: string, secret: string): string {
  return `rpt_${workspaceId.replaceAll('-', '')}${tokenId.replaceAll('-', '')}_${secret}`;
}

export function parseApiToken(
  token: string,
): { workspaceId: string; tokenId: string; secret: string } | undefined {
  const match = API_TOKEN.exec(token);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { workspaceId: toUuid(match[1]), tokenId: toUuid(match[2]), secret: match[3] };
}

function toUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
