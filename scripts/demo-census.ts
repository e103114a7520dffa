// Generates a demo's companies and people in memory, without a database, and counts what its
// duplicates depend on: the people entered twice on purpose (demo.people.rules.ts, twinStory) and
// the pairs of other people who share a phone number (none should: numbers are drawn unused).
//   node --import tsx scripts/demo-census.ts [--people 1000000] [--seed bench]
// About 4 minutes for 1,000,000 people on one core.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { CompanyIndex, companyBatches } from '../src/modules/demo/demo.companies.rules.ts';
import { personStory } from '../src/modules/demo/demo.people.rules.ts';
import { Batch } from '../src/modules/demo/demo.rows.ts';
import { DemoWorld } from '../src/modules/demo/demo.world.ts';

const { values } = parseArgs({
  options: { people: { type: 'string', default: '1000000' }, seed: { type: 'string', default: 'bench' } },
});
const people = Number(values.people);
const world = new DemoWorld({ seed: values.seed, people, now: Date.now() });
// Colleagues are accounts in the database; here they only need ids to own records.
world.colleagues = world.staffPlan.slice(1).map((member) => ({ ...member, id: randomUUID() }));
world.catalogue();
const companies = new CompanyIndex();
for (const _ of companyBatches(world, companies));

const holders = new Map<string, number>();
let twins = 0;
for (let start = 0; start < people; start += 2000) {
  const batch = new Batch();
  for (let i = start; i < Math.min(people, start + 2000); i++) personStory(world, batch, companies, i);
  for (const person of batch.rows('people')) {
    if (person.source === 'form') {
      twins++;
      continue;
    }
    for (const phone of JSON.parse(String(person.phones)) as { number: string }[])
      holders.set(phone.number, (holders.get(phone.number) ?? 0) + 1);
  }
}
let sharing = 0;
for (const n of holders.values()) sharing += (n * (n - 1)) / 2;
console.log(JSON.stringify({ people, twins, phoneNumbers: holders.size, pairsSharingANumber: sharing }));
