import type { Me } from '../../api/types';
import { can } from '../access/permissions';
import type { DuplicateObject } from './duplicate-types';

/**
 * May the role merge at least some records of the kind? A merge (merge.service.ts) changes the record
 * kept and removes the other, so it takes update and delete; whether the two at hand are the role's
 * own is said in the review, which knows which one is kept.
 */
export const mayMergeSome = (me: Me, objectType: DuplicateObject) =>
  can(me, objectType, 'update') && can(me, objectType, 'delete');
