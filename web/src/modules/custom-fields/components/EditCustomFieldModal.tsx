import { Stack, Switch, Text, TextInput } from '@mantine/core';
import { FormModal, FormModalActions } from '../../../ui/FormModal';
import { notifySuccess } from '../../../ui/notify';
import { useApiForm } from '../../../ui/useApiForm';
import { type CustomField, hasChoices, mayBeUnique, TYPE_LABELS } from '../custom-field-types';
import { useUpdateCustomField } from '../hooks/useUpdateCustomField';
import { ChoicesEditor, choicesToSave } from './ChoicesEditor';
import { UniqueValuesSwitch } from './UniqueValuesSwitch';

interface EditCustomFieldModalProps {
  /** The field last chosen for editing (still shown while the dialog closes); none before the first. */
  field: CustomField | null;
  opened: boolean;
  onClose: () => void;
}

/**
 * Label, required, unique and choices of a field; its key and type never change. Kept mounted by its page,
 * opened and closed (so that focus goes back to the Edit button): each opening starts afresh.
 */
export function EditCustomFieldModal({ field, opened, onClose }: EditCustomFieldModalProps) {
  const updateField = useUpdateCustomField();
  const form = useApiForm(
    {
      label: field?.label ?? '',
      required: field?.required ?? false,
      unique: field?.unique ?? false,
      choices: field?.choices ?? [],
    },
    { startOver: opened && field !== null },
  );

  return (
    <FormModal
      dirty={form.dirty}
      opened={opened && field !== null}
      onClose={onClose}
      title={field && `Edit “${field.label}”`}
      centered
    >
      {field && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const { label, required, unique, choices } = form.values;
            updateField.mutate(
              {
                id: field.id,
                change: {
                  ...(label !== field.label ? { label } : {}),
                  ...(required !== field.required ? { required } : {}),
                  ...(unique !== field.unique ? { unique } : {}),
                  ...(hasChoices(field.type) ? { choices: choicesToSave(choices) } : {}),
                },
              },
              {
                onSuccess: (saved) => {
                  notifySuccess(`Field “${saved.label}” saved.`);
                  onClose();
                },
                onError: (error) => form.showApiError(error),
              },
            );
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              {TYPE_LABELS[field.type]} · key <code>{field.key}</code>
            </Text>
            <TextInput label="Label" required data-autofocus {...form.textInput('label')} />
            {hasChoices(field.type) && (
              <ChoicesEditor
                choices={form.values.choices}
                onChange={(next) => form.setValue('choices', next)}
                error={form.errors.choices}
              />
            )}
            <Switch
              label="Required"
              checked={form.values.required}
              onChange={(event) => form.setValue('required', event.currentTarget.checked)}
            />
            {mayBeUnique(field.type) && (
              <UniqueValuesSwitch
                checked={form.values.unique}
                onChange={(next) => form.setValue('unique', next)}
                error={form.errors.unique}
              />
            )}
            <FormModalActions submit={'Save changes'} pending={updateField.isPending} />
          </Stack>
        </form>
      )}
    </FormModal>
  );
}
