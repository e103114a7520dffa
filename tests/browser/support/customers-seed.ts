import type { sessionApi } from './chromium.ts';

type Api = ReturnType<typeof sessionApi>;

/**
 * The customers both customer browser files start from: Globex (with its subsidiary Globex Europe)
 * employing Jane and Bob, Initech employing John, a select custom field on people, and a discovery
 * call with John. Each file adds the people its own steps need.
 */
export async function seedCustomers(api: Api) {
  const company = async (body: object) => (await api<{ id: string }>('POST', '/companies', body)).id;
  const person = async (body: object) => (await api<{ id: string }>('POST', '/people', body)).id;
  const globex = await company({
    name: 'Globex',
    domain: 'globex.example',
    industry: 'Manufacturing',
    annualRevenue: 5_000_000,
  });
  const initech = await company({ name: 'Initech', domain: 'initech.example', industry: 'Software' });
  await company({ name: 'Globex Europe', parentId: globex, annualRevenue: 1_000_000 });
  const john = await person({
    firstName: 'John',
    lastName: 'Smith',
    email: 'john.smith@initech.example',
    companyId: initech,
    jobTitle: 'CTO',
    lifecycleStage: 'lead',
  });
  const jane = await person({
    firstName: 'Jane',
    lastName: 'Doe',
    companyId: globex,
    lifecycleStage: 'lead',
  });
  const bob = await person({
    firstName: 'Bob',
    lastName: 'Stone',
    companyId: globex,
    lifecycleStage: 'qualified',
  });
  await api('POST', '/custom-fields', {
    objectType: 'people',
    label: 'Preferred contact time',
    type: 'select',
    choices: [
      { value: 'morning', label: 'Morning' },
      { value: 'afternoon', label: 'Afternoon' },
    ],
  });
  await api('POST', '/activities', {
    type: 'call',
    direction: 'outbound',
    subject: 'Discovery call',
    body: 'Interested in the Pro plan.',
    personIds: [john],
  });
  return { globex, initech, john, jane, bob };
}
