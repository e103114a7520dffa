/** Pure rules for companies: how domains and web addresses are cleaned. */
import { asciiDomain, type Checked, domainFragment, FREE_MAIL_PROVIDERS } from '../people/people.rules.ts';

// Labels of letters, digits and hyphens (RFC 1035), an internationalised one as its A-label (RFC 5891).
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * "https://www.Acme.com/about" → "acme.com". A company is known by its registrable-looking host, in
 * the one form e-mails use too (asciiDomain): "münchen.de" and "xn--mnchen-3ya.de" are one company.
 */
export function cleanDomain(raw: string): Checked<string> {
  let host = raw.trim();
  if (host.includes('://')) {
    try {
      host = new URL(host).hostname;
    } catch {
      return { ok: false, reason: `"${raw.trim()}" is not a domain.` };
    }
  } else {
    host = host.replace(/[/?#].*$/, '');
  }
  host = asciiDomain(host)
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  if (!DOMAIN.test(host)) return { ok: false, reason: `"${raw.trim()}" is not a domain.` };
  return { ok: true, value: host };
}

/** A typed domain (or web address) as cleanDomain stores it, or as typed when it is none: for filters. */
export function storedDomain(typed: string): string {
  const domain = cleanDomain(typed);
  return domain.ok ? domain.value : typed;
}

/** The form a fragment of a domain takes in stored domains (domainFragment), for filters. */
export function domainFragments(fragment: string): string[] {
  return [domainFragment(fragment)];
}

export function cleanWebsite(raw: string): Checked<string> {
  const text = raw.trim();
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    if (!cleanDomain(url.hostname).ok) return { ok: false, reason: `"${text}" is not a web address.` };
    return { ok: true, value: url.toString() };
  } catch {
    return { ok: false, reason: `"${text}" is not a web address.` };
  }
}

/** The e-mail's domain, unless it is a free mail provider (which says nothing about a company). */
export function companyDomainOfEmail(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  const domain = at < 0 ? '' : asciiDomain(email.slice(at + 1));
  if (!domain || FREE_MAIL.has(domain)) return undefined;
  return domain;
}

/**
 * Domains whose addresses belong to anyone: free mail providers, and the names reserved for
 * examples (RFC 2606), under which the demo gives people their personal addresses.
 */
export const FREE_MAIL_DOMAINS = [
  'example.com',
  'example.net',
  'example.org',
  ...FREE_MAIL_PROVIDERS,
] as const;

const FREE_MAIL: ReadonlySet<string> = new Set(FREE_MAIL_DOMAINS);

export interface TreeRow {
  id: string;
  name: string;
  parentId: string | null;
  annualRevenue: number | null;
  openDeals: number;
  /** The company's own open deals' amounts, by currency (ISO 4217). */
  openDealsAmounts: Readonly<Record<string, number>>;
}

export interface RollUp {
  annualRevenue: number;
  openDeals: number;
  /** Per currency, largest first: amounts in different currencies are never added together. */
  openDealsAmounts: { currency: string; amount: number }[];
  companies: number;
}

interface Totals {
  depth: number;
  annualRevenue: number;
  openDeals: number;
  amounts: Map<string, number>;
  companies: number;
}

/**
 * Depth and roll-ups (revenue, open deals, number of companies) of every node of a company tree:
 * each node's figures plus those of everything below it. Rows must form a tree; a parent outside the
 * rows makes its child a root. Without recursion, as a tree may be as deep as it has companies: each
 * node is placed after its parent (breadth first from the roots), then added into its parent in the
 * reverse of that order, so a node holds everything below it by the time it is added in turn.
 */
export function rollUp(rows: TreeRow[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const children = new Map<string, TreeRow[]>();
  for (const row of rows) {
    if (!row.parentId || !byId.has(row.parentId)) continue;
    const siblings = children.get(row.parentId);
    if (siblings) siblings.push(row);
    else children.set(row.parentId, [row]);
  }
  const result = new Map<string, Totals>();
  const order = rows.filter((row) => !row.parentId || !byId.has(row.parentId));
  for (const row of order) result.set(row.id, ownTotals(row, 0));
  for (let i = 0; i < order.length; i++) {
    const row = order[i] as TreeRow;
    const depth = (result.get(row.id)?.depth ?? 0) + 1;
    for (const child of children.get(row.id) ?? []) {
      result.set(child.id, ownTotals(child, depth));
      order.push(child);
    }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const row = order[i] as TreeRow;
    const parent = row.parentId ? result.get(row.parentId) : undefined;
    const totals = result.get(row.id);
    if (!parent || !totals) continue;
    parent.annualRevenue += totals.annualRevenue;
    parent.openDeals += totals.openDeals;
    for (const [currency, amount] of totals.amounts)
      parent.amounts.set(currency, (parent.amounts.get(currency) ?? 0) + amount);
    parent.companies += totals.companies;
  }
  return rows.map((row) => {
    const totals = result.get(row.id);
    const rollup: RollUp = {
      annualRevenue: round(totals?.annualRevenue ?? 0),
      openDeals: totals?.openDeals ?? 0,
      openDealsAmounts: [...(totals?.amounts ?? [])]
        .map(([currency, amount]) => ({ currency, amount: round(amount) }))
        .sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency)),
      companies: totals?.companies ?? 1,
    };
    return {
      id: row.id,
      name: row.name,
      parentId: row.parentId,
      depth: totals?.depth ?? 0,
      annualRevenue: row.annualRevenue,
      rollup,
    };
  });
}

const ownTotals = (row: TreeRow, depth: number): Totals => ({
  depth,
  annualRevenue: row.annualRevenue ?? 0,
  openDeals: row.openDeals,
  amounts: new Map(Object.entries(row.openDealsAmounts)),
  companies: 1,
});

const round = (n: number) => Math.round(n * 100) / 100;
