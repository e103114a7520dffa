import type { Stage } from './demo.journey.rules.ts';
import { type Batch, DAY, iso } from './demo.rows.ts';
import type { Subject } from './demo.timeline.rules.ts';
import type { DemoWorld } from './demo.world.ts';

const HOUR = 3_600_000;

/** What the owner still means to do about someone at each stage, and how often. */
const NEXT_STEPS: Partial<
  Record<
    Stage,
    {
      share: number;
      type: string;
      title: (first: string) => string;
      /** Due between these many days from now: negative is overdue. */
      due: [number, number];
    }
  >
> = {
  lead: { share: 0.1, type: 'email', title: (f) => `Send ${f} the product overview`, due: [-3, 10] },
  qualified: { share: 0.4, type: 'call', title: (f) => `Call ${f} to book a demo`, due: [-3, 10] },
  opportunity: {
    share: 1,
    type: 'follow_up',
    title: (f) => `Follow up with ${f} on the proposal`,
    due: [-7, 14],
  },
  customer: { share: 0.08, type: 'meeting', title: (f) => `Quarterly review with ${f}`, due: [3, 45] },
  evangelist: { share: 0.2, type: 'todo', title: (f) => `Ask ${f} for a case study`, due: [1, 30] },
  churned: { share: 0.1, type: 'call', title: (f) => `Win-back call with ${f}`, due: [-10, 20] },
};

/**
 * The owner's open task about someone, if they have one: every open opportunity has its follow-up,
 * some leads and customers a next step. Due dates fall around the demo's present, a few already
 * overdue, at office hours. Past work is in the contact history, so no task is written as done.
 */
export function nextStep(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  first: string,
  stage: Stage,
  since: number,
) {
  const rng = world.rng;
  const step = NEXT_STEPS[stage];
  if (!step || !rng.chance(step.share)) return;
  addTask(world, batch, who, { ...step, title: step.title(first), assignee: who.ownerId }, since);
  // The admin, who signs in to the demo, leads a sales team: some of its reps' proposals are theirs to
  // review, so the demo opens on a Home with work to do.
  const lead = world.colleagues.find((c) => c.role === 'admin');
  const rep = world.colleagues.find((c) => c.id === who.ownerId);
  if (stage === 'opportunity' && lead && rep && rep !== lead && rep.team === lead.team && rng.chance(0.3)) {
    const title = `Review the proposal for ${who.company?.name ?? who.name} with ${rep.name.split(' ')[0]}`;
    addTask(world, batch, who, { type: 'meeting', title, due: [-2, 7], assignee: lead.id }, since);
  }
}

function addTask(
  world: DemoWorld,
  batch: Batch,
  who: Subject,
  task: { type: string; title: string; due: [number, number]; assignee: string },
  since: number,
) {
  const rng = world.rng;
  const day = Math.floor(world.now / DAY) + rng.between(task.due[0], task.due[1]);
  const createdAt = Math.max(since, world.now - rng.between(1, 20) * DAY);
  batch.add('tasks', {
    id: world.ids.next(),
    title: task.title,
    type: task.type,
    priority: rng.weighted([
      ['normal', 70],
      ['high', 20],
      ['low', 10],
    ] as const),
    status: 'open',
    due_at: iso(day * DAY + rng.between(8, 17) * HOUR),
    assignee_id: task.assignee,
    person_id: who.id,
    company_id: who.company?.id ?? null,
    // The rep asks for the review; everything else the owner wrote down for themselves.
    created_by: who.ownerId,
    created_at: iso(createdAt),
    updated_at: iso(createdAt),
  });
}
