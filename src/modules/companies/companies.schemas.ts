import { z } from 'zod';
import { Id, Named, Timestamp } from '../../platform/http/schemas.ts';
import { AddressSchema } from '../people/people.schemas.ts';
import type { RollUp } from './companies.rules.ts';

const Text = (max: number) => z.string().trim().max(max);

export const CompanyInput = z.strictObject({
  name: Text(300).min(1).optional(),
  domain: z
    .string()
    .trim()
    .max(253)
    .nullish()
    .meta({ description: 'The primary domain; shorthand for the first of `domains`.' }),
  domains: z.array(z.string().trim().max(253)).max(20).optional(),
  industry: Text(200).nullish(),
  employees: z.number().int().min(0).max(10_000_000).nullish(),
  annualRevenue: z.number().min(0).max(1e15).nullish(),
  phone: z.string().trim().max(40).nullish(),
  website: z.string().trim().max(500).nullish(),
  addresses: z.array(AddressSchema).max(20).optional(),
  parentId: Id.nullish(),
  ownerId: Id.nullish(),
  tags: z.array(Text(100).min(1)).max(100).optional(),
  source: z.enum(['manual', 'import', 'api', 'form', 'partner', 'demo', 'other']).optional(),
  customFields: z.record(z.string(), z.unknown()).optional(),
});
export type CompanyInput = z.infer<typeof CompanyInput>;

export const CreateCompanyBody = CompanyInput.extend({ name: Text(300).min(1) }).meta({
  example: {
    name: 'Acme Corp',
    domain: 'acme.com',
    industry: 'Manufacturing',
    employees: 250,
    annualRevenue: 12000000,
  },
});
export const UpdateCompanyBody = CompanyInput.meta({ example: { employees: 300, tags: ['key-account'] } });

export const CompanySchema = z
  .object({
    id: Id,
    name: z.string(),
    domain: z.string().nullable(),
    domains: z.array(z.string()),
    industry: z.string().nullable(),
    employees: z.number().int().nullable(),
    annualRevenue: z.number().nullable().meta({ description: 'In the workspace’s default currency.' }),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    addresses: z.array(AddressSchema),
    parentId: Id.nullable(),
    parent: Named.nullable(),
    ownerId: Id.nullable(),
    tags: z.array(z.string()),
    source: z.string(),
    customFields: z.record(z.string(), z.unknown()),
    lastContactedAt: Timestamp.nullable().meta({
      description:
        'When the company was last in touch with the team, either way: the latest contact with one of its people while they worked there, or in its own history.',
    }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Company' });
export type CompanyJson = z.infer<typeof CompanySchema>;

export interface HierarchyNode {
  id: string;
  name: string;
  parentId: string | null;
  depth: number;
  annualRevenue: number | null;
  rollup: RollUp;
}

export const HierarchyNodeSchema: z.ZodType<HierarchyNode> = z
  .object({
    id: Id,
    name: z.string(),
    parentId: Id.nullable(),
    depth: z.number().int(),
    annualRevenue: z.number().nullable(),
    rollup: z.object({
      annualRevenue: z.number().meta({ description: 'This company and every company below it.' }),
      openDeals: z.number().int(),
      openDealsAmounts: z.array(z.object({ currency: z.string(), amount: z.number() })).meta({
        description: 'Open deals’ amounts per currency, largest first: never added across currencies.',
      }),
      companies: z.number().int(),
    }),
  })
  .meta({ id: 'HierarchyNode' });
