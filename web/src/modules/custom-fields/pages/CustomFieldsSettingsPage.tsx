import { Button, EmptyState, Group, Loader, Paper, SegmentedControl, Stack, Switch } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconForms, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { notifySuccess } from '../../../ui/notify';
import { QueryError } from '../../../ui/QueryError';
import { SectionHeader } from '../../../ui/SectionHeader';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { CustomFieldsTable } from '../components/CustomFieldsTable';
import { EditCustomFieldModal } from '../components/EditCustomFieldModal';
import { NewCustomFieldModal } from '../components/NewCustomFieldModal';
import { type CustomField, type CustomFieldObject, OBJECT_OPTIONS } from '../custom-field-types';
import { useCustomFields } from '../hooks/useCustomFields';
import { usePurgeCustomField } from '../hooks/usePurgeCustomField';
import { useSetCustomFieldArchived } from '../hooks/useSetCustomFieldArchived';
import { useViewsNaming } from '../hooks/useViewsNaming';
import { viewsSentence } from '../views-naming';

export function CustomFieldsSettingsPage() {
  const me = useSession();
  const [objectType, setObjectType] = useState<CustomFieldObject>('people');
  const [showArchived, setShowArchived] = useState(false);
  const fields = useCustomFields(objectType, { includeArchived: showArchived });
  const setArchived = useSetCustomFieldArchived();
  const purgeField = usePurgeCustomField();
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure(false);
  // The field last edited, kept for the dialog to close with (and give focus back to its Edit button).
  const [edited, setEdited] = useState<CustomField | null>(null);
  const [editing, { open: openEdit, close: closeEdit }] = useDisclosure(false);
  const [purging, setPurging] = useState<CustomField | null>(null);
  const records = objectType === 'people' ? 'person' : 'company';
  // Said in the dialog before deleting: its confirm waits for them (a failed read does not hold it).
  const purgingViews = useViewsNaming(purging?.id);
  const brokenViews = purgingViews.data ? viewsSentence(purgingViews.data, 'deleted') : '';

  const archive = (field: CustomField, archived: boolean) =>
    setArchived.mutate(
      { id: field.id, archived },
      {
        onSuccess: ({ views }) => {
          const inViews = views ? ` ${viewsSentence(views, 'archived')}`.trimEnd() : '';
          notifySuccess(
            archived
              ? `“${field.label}” archived. Its values are kept until you delete it.${inViews}`
              : `“${field.label}” restored, with its values.`,
          );
          // An archived field would vanish from the list; show where it went.
          if (archived) setShowArchived(true);
        },
      },
    );

  return (
    <Stack>
      <SectionHeader
        title="Custom fields"
        description="Fields your team fills in on people and companies, beyond the built-in ones. They appear in forms, lists, filters, imports, exports and the API."
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openAdd}>
            Add field
          </Button>
        }
      />
      <Group justify="space-between" wrap="wrap" gap="sm">
        <SegmentedControl
          aria-label="Fields of"
          data={OBJECT_OPTIONS}
          value={objectType}
          onChange={(next) => setObjectType(next as CustomFieldObject)}
        />
        <Switch
          label="Show archived fields"
          checked={showArchived}
          onChange={(event) => setShowArchived(event.currentTarget.checked)}
        />
      </Group>
      {fields.error && <QueryError error={fields.error} onRetry={() => void fields.refetch()} />}
      {fields.isPending && <Loader aria-label="Loading custom fields" />}
      {fields.data?.length === 0 && (
        <EmptyState
          icon={<IconForms size={28} aria-hidden />}
          title="No custom fields yet"
          description={`Add one for what you track about each ${records}: a tier, a renewal date, a region…`}
        />
      )}
      {fields.data && fields.data.length > 0 && (
        <Paper withBorder radius="md">
          <CustomFieldsTable
            fields={fields.data}
            canDelete={can(me, 'settings', 'delete')}
            onEdit={(field) => {
              setEdited(field);
              openEdit();
            }}
            onArchive={archive}
            onPurge={setPurging}
          />
        </Paper>
      )}
      <NewCustomFieldModal opened={adding} objectType={objectType} onClose={closeAdd} />
      <EditCustomFieldModal field={edited} opened={editing} onClose={closeEdit} />
      <ConfirmModal
        opened={purging !== null}
        title={`Delete “${purging?.label ?? ''}” and its data?`}
        confirmLabel="Delete field and data"
        loading={purgeField.isPending || purgingViews.isPending}
        onClose={() => setPurging(null)}
        onConfirm={() => {
          if (!purging) return;
          purgeField.mutate(purging.id, {
            onSuccess: () => {
              notifySuccess(`“${purging.label}” is being deleted from every ${records}.`);
              setPurging(null);
            },
          });
        }}
      >
        The value of this field will be deleted from every {records} that has one. This cannot be undone; only
        the audit log keeps what the values were.
        {brokenViews && ` ${brokenViews}`}
      </ConfirmModal>
    </Stack>
  );
}
