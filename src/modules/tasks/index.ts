export { listTasks, type TaskFilter } from './tasks.list.ts';
export { presentTask } from './tasks.present.ts';
export { taskRoutes } from './tasks.routes.ts';
export { doneSubject, TASK_PRIORITIES, TASK_STATUSES, TASK_TYPES, taskOwner } from './tasks.rules.ts';
export { TaskSchema } from './tasks.schemas.ts';
export { findTask, type TaskRow } from './tasks.service.ts';
