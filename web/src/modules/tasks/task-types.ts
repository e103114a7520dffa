import { type components, taskTypeValues } from '../../api/schema.gen';
import type { Me } from '../../api/types';
import { humanize } from '../../ui/format';
import { canOnRecord } from '../access/permissions';

export type Task = components['schemas']['Task'];
export type TaskType = Task['type'];
export type TaskStatus = Task['status'];

/** The record a card lists tasks of, as the API filters them. */
export type TaskSubject = { personId: string } | { companyId: string };

export const TASK_TYPES = taskTypeValues;

export const taskTypeLabel = (type: TaskType): string =>
  type === 'todo' ? 'To-do' : humanize(type.replace('_', ' '));

export function isOverdue(task: Pick<Task, 'status' | 'dueAt'>, now: number = Date.now()): boolean {
  return task.status === 'open' && task.dueAt !== null && new Date(task.dueAt).getTime() < now;
}

/**
 * The moment a task picked for a day is due: that day's end, in the user's time zone, so that it is
 * not overdue while the day lasts.
 */
export function endOfDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1, 23, 59, 59, 999).toISOString();
}

/** May the signed-in role complete or edit this task? A task is its assignee's, else its author's. */
export function mayUpdateTask(me: Me, task: Pick<Task, 'assigneeId' | 'createdBy'>): boolean {
  return canOnRecord(me, 'tasks', 'update', task.assigneeId ?? task.createdBy);
}
