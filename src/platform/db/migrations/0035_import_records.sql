-- The records an import created or changed are found by its number (the lists' filter
-- importNumber, src/modules/audit/audit.fields.ts): its changes carry via 'import' and request id
-- import:N. Only imports' changes are indexed, so no other write pays for it; an import pays one
-- more index entry per record it writes.
CREATE INDEX record_changes_import ON record_changes (workspace_id, request_id, object_type, record_id)
  WHERE via = 'import';
