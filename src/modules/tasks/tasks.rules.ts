/** Pure rules of tasks: their closed lists, whose a task is, and what completing one changes. No I/O. */
export const TASK_TYPES = ['todo', 'call', 'email', 'meeting', 'follow_up'] as const;
export const TASK_PRIORITIES = ['low', 'normal', 'high'] as const;
export const TASK_STATUSES = ['open', 'done'] as const;
export type TaskType = (typeof TASK_TYPES)[number];
export type TaskPriority = (typeof TASK_PRIORITIES)[number];
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const MAX_TITLE = 300;
export const MAX_NOTES = 10_000;

/**
 * Whose task it is, for the `own` and `team` scopes of the role matrix (as a person's owner is for
 * people): its assignee. An unassigned task stays with whoever wrote it, so that writing one without
 * an assignee never leaves its author unable to complete it.
 */
export function taskOwner(task: { assignee_id: string | null; created_by: string | null }): string | null {
  return task.assignee_id ?? task.created_by;
}

/**
 * What `completed_at` becomes when a write sets `next` on a task whose status is `current` (undefined
 * when the task is being created): set when it becomes done, cleared when it is reopened, else kept.
 */
export function completionChange(
  current: TaskStatus | undefined,
  next: TaskStatus | undefined,
): 'set' | 'clear' | 'keep' {
  if (next === undefined || next === current) return 'keep';
  return next === 'done' ? 'set' : current === undefined ? 'keep' : 'clear';
}

/** The subject of the history entry a completed task leaves on its person's or company's timeline. */
export const doneSubject = (title: string): string => `Task done: ${title}`;
