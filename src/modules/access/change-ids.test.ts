import { describe, expect, it } from 'vitest';
import { ROLES } from './access.rules.ts';
import { mayLearnChangedIds } from './change-ids.ts';

describe('which members learn the ids a change names', () => {
  it('roles that read every customer record learn them; a sales rep, who reads only her team’s deals, does not', () => {
    const learn = ROLES.filter((role) => mayLearnChangedIds(role, 'person'));
    expect(learn).toEqual(['admin', 'manager', 'support', 'viewer']);
  });

  it('marketing, who may not read tickets, never learns the ids a change points at', () => {
    expect(mayLearnChangedIds('marketing', 'order')).toBe(false);
  });

  it('kinds outside the customer records (tokens, members, settings) and unknown roles name none', () => {
    for (const kind of ['apiToken', 'membership', 'customField', 'workspace', 'nonsense'])
      expect(mayLearnChangedIds('admin', kind)).toBe(false);
    expect(mayLearnChangedIds('intruder', 'person')).toBe(false);
  });
});
