import { sql } from 'kysely';
import { idsOrNone } from '../../platform/db/in-list.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { fetchPage } from '../../platform/http/pagination.ts';
import { fieldMap } from '../../platform/query/fields.ts';
import type { Filter } from '../../platform/query/filter.ts';
import { filterCondition, tagCondition } from '../../platform/query/tags.ts';
import { type Actor, visibleOwners } from '../access/index.ts';
import { customSortCondition, definitionsFor } from '../custom-fields/index.ts';
import { peopleFields, peopleSorts } from './people.fields.ts';
import { cleanEmail, cleanPhone } from './people.rules.ts';
import { personQuery, writeContext } from './people.service.ts';

export interface PeopleQuery {
  filter?: Filter | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  lifecycleStage?: string | undefined;
  ownerId?: string | undefined;
  companyId?: string | undefined;
  tag?: string | undefined;
  /** A selection: only these (`?ids=` of a list, its count and its export). */
  ids?: string[] | undefined;
}

/**
 * The people an actor may see that match a query, as a select the caller pages, exports or updates
 * in bulk. E-mail and phone look-ups are exact, on every address and number a person has.
 */
export async function matchingPeople(tx: Tx, actor: Actor, query: PeopleQuery) {
  const context = await writeContext(tx, actor.workspaceId);
  let select = personQuery(tx, actor.workspaceId);
  const owners = await visibleOwners(tx, actor, 'people', 'read');
  if (owners !== 'all') select = select.where('p.owner_id', 'in', idsOrNone(owners));
  if (query.email !== undefined) {
    const email = cleanEmail(query.email);
    if (!email.ok)
      throw new AppError('validation_failed', email.reason, {
        errors: [{ path: '/query/email', message: email.reason }],
      });
    select = select.where(sql<boolean>`p.id = ANY(ARRAY(SELECT rapport_people_with_email(${email.value})))`);
  }
  if (query.phone !== undefined) {
    const phone = cleanPhone(query.phone, context.defaultCountry, 'find');
    if (!phone.ok)
      throw new AppError('validation_failed', phone.reason, {
        errors: [{ path: '/query/phone', message: phone.reason }],
      });
    select = select.where(sql<boolean>`p.id = ANY(ARRAY(SELECT rapport_people_with_phone(${phone.value})))`);
  }
  if (query.lifecycleStage) select = select.where('p.lifecycle_stage', '=', query.lifecycleStage);
  if (query.ownerId) select = select.where('p.owner_id', '=', query.ownerId);
  if (query.companyId) select = select.where('p.company_id', '=', query.companyId);
  if (query.ids) select = select.where('p.id', 'in', idsOrNone(query.ids));
  if (query.tag) select = select.where(await tagCondition(tx, 'people', 'p', query.tag));
  if (query.filter)
    select = select.where(
      await filterCondition(
        tx,
        'people',
        'p',
        query.filter,
        fieldMap(
          peopleFields({
            definitions: context.definitions,
            companyDefinitions: await definitionsFor(tx, actor.workspaceId, 'companies'),
            workspaceId: actor.workspaceId,
          }),
        ),
      ),
    );
  return { select, sorts: peopleSorts(context.definitions), definitions: context.definitions };
}

export async function listPeople(
  tx: Tx,
  actor: Actor,
  query: PeopleQuery,
  page: { limit: number; cursor: string | undefined; sort: string },
) {
  const { select, sorts } = await sortedPeople(tx, actor, query, page.sort);
  return fetchPage(select, { ...page, columns: sorts, idColumn: 'p.id' });
}

/** The people a list shows, ready to be sorted by `sort` (a custom field's sort walks its index). */
export async function sortedPeople(tx: Tx, actor: Actor, query: PeopleQuery, sort: string) {
  const { select, sorts, definitions } = await matchingPeople(tx, actor, query);
  const indexed = await customSortCondition(tx, {
    workspaceId: actor.workspaceId,
    definitions,
    sort,
    alias: 'p',
  });
  return { select: indexed ? select.where(indexed) : select, sorts };
}
