import { iso } from '../../platform/http/schemas.ts';
import { displayName } from '../people/index.ts';
import type { TaskPriority, TaskStatus, TaskType } from './tasks.rules.ts';
import type { TaskJson } from './tasks.schemas.ts';
import type { TaskRow } from './tasks.service.ts';

/** What leaves the server about a task. */
export function presentTask(row: TaskRow): TaskJson {
  return {
    id: row.id,
    title: row.title,
    notes: row.notes,
    type: row.type as TaskType,
    priority: row.priority as TaskPriority,
    status: row.status as TaskStatus,
    dueAt: row.due_at ? iso(row.due_at) : null,
    completedAt: row.completed_at ? iso(row.completed_at) : null,
    assigneeId: row.assignee_id,
    personId: row.person_id,
    person: row.person_live_id
      ? {
          id: row.person_live_id,
          name: displayName({
            first_name: row.person_first_name,
            last_name: row.person_last_name,
            email: row.person_email,
            phone: row.person_phone,
          }),
        }
      : null,
    companyId: row.company_id,
    company: row.company_id && row.company_name ? { id: row.company_id, name: row.company_name } : null,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}
