import { Button, Group, Modal, Stack, Switch, Text, TextInput } from '@mantine/core';
import { notifySuccess } from '../../../ui/notify';
import { useApiForm } from '../../../ui/useApiForm';
import { type CustomField, hasChoices, TYPE_LABELS } from '../custom-field-types';
import { useUpdateCustomField } from '../hooks/useUpdateCustomField';
import { ChoicesEditor, choicesToSave } from './ChoicesEditor';

interface EditCustomFieldModalProps {
  field: CustomField;
  onClose: () => void;
}

/** Label, required and choices of a field; its key and type never change. */
export function EditCustomFieldModal({ field, onClose }: EditCustomFieldModalProps) {
  const updateField = useUpdateCustomField();
  const form = useApiForm({ label: field.label, required: field.required, choices: field.choices ?? [] });

  return (
    <Modal opened onClose={onClose} title={`Edit “${field.label}”`} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const { label, required, choices } = form.values;
          updateField.mutate(
            {
              id: field.id,
              change: {
                ...(label !== field.label ? { label } : {}),
                ...(required !== field.required ? { required } : {}),
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={updateField.isPending}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
