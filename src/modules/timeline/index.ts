export { attachmentRoutes } from './attachments.routes.ts';
export { DERIVE_TIMELINE_JOB, DERIVED_FROM, deriveTimeline, deriveTimelineJob } from './timeline.derive.ts';
export { addPlainNotes, type PlainNote } from './timeline.notes.ts';
export { ActivitySchema, presentActivity } from './timeline.present.ts';
export { timelineRoutes } from './timeline.routes.ts';
export { contactSql, derivedKey, isContact } from './timeline.rules.ts';
export { createActivity, type NewActivity, refreshLastContact } from './timeline.service.ts';
