import { Select, Stack, Switch, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormModal, FormModalActions } from '../../../ui/FormModal';
import { notifySuccess } from '../../../ui/notify';
import { useApiForm } from '../../../ui/useApiForm';
import {
  type CustomField,
  type CustomFieldObject,
  type CustomFieldType,
  hasChoices,
  mayBeUnique,
  OBJECT_OPTIONS,
  TYPE_OPTIONS,
} from '../custom-field-types';
import { useCreateCustomField } from '../hooks/useCreateCustomField';
import { type ChoiceDraft, ChoicesEditor, choicesToSave } from './ChoicesEditor';
import { UniqueValuesSwitch } from './UniqueValuesSwitch';

interface NewCustomFieldModalProps {
  opened: boolean;
  objectType: CustomFieldObject;
  onClose: () => void;
  /** A start the user can change: an import's column gives its header, a guessed type, its values. */
  initial?: { label: string; type: CustomFieldType; choices?: readonly string[]; unique?: boolean };
  /** Said above the fields: where the start came from. */
  intro?: ReactNode;
  onCreated?: (field: CustomField) => void;
}

const objectName = (object: CustomFieldObject) => (object === 'people' ? 'people' : 'companies');

const BLANK_CHOICES = ['', ''];

export function NewCustomFieldModal({
  opened,
  objectType,
  onClose,
  initial,
  intro,
  onCreated,
}: NewCustomFieldModalProps) {
  const createField = useCreateCustomField();
  const form = useApiForm({
    label: initial?.label ?? '',
    key: '',
    type: initial?.type ?? ('text' as CustomFieldType),
    required: false,
    unique: initial?.unique ?? false,
    choices: (initial?.choices ?? BLANK_CHOICES).map((label): ChoiceDraft => ({ value: '', label })),
    currency: '',
    target: 'companies' as CustomFieldObject,
  });
  const { type } = form.values;

  const close = () => {
    form.reset();
    createField.reset();
    onClose();
  };

  return (
    <FormModal
      dirty={form.dirty}
      opened={opened}
      onClose={close}
      title={`New field for ${objectName(objectType)}`}
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const { label, key, required, unique, choices, currency, target } = form.values;
          createField.mutate(
            {
              objectType,
              label,
              type,
              required,
              ...(key.trim() ? { key: key.trim() } : {}),
              ...(unique && mayBeUnique(type) ? { unique } : {}),
              ...(hasChoices(type) ? { choices: choicesToSave(choices) } : {}),
              ...(type === 'currency' ? { currency: currency.trim().toUpperCase() } : {}),
              ...(type === 'relation' ? { target } : {}),
            },
            {
              onSuccess: (field) => {
                notifySuccess(`Field “${field.label}” added.`);
                close();
                onCreated?.(field);
              },
              onError: (error) => form.showApiError(error),
            },
          );
        }}
      >
        <Stack>
          {intro}
          <TextInput label="Label" required data-autofocus {...form.textInput('label')} />
          <Select
            label="Type"
            data={TYPE_OPTIONS}
            value={type}
            onChange={(next) => next && form.setValue('type', next as CustomFieldType)}
            error={form.errors.type}
            allowDeselect={false}
            description="It cannot change later."
          />
          {hasChoices(type) && (
            <ChoicesEditor
              choices={form.values.choices}
              onChange={(next) => form.setValue('choices', next)}
              error={form.errors.choices}
            />
          )}
          {type === 'currency' && (
            <TextInput
              label="Currency"
              description="ISO 4217 code, such as EUR or USD."
              required
              maxLength={3}
              {...form.textInput('currency')}
            />
          )}
          {type === 'relation' && (
            <Select
              label="Points at"
              data={OBJECT_OPTIONS}
              value={form.values.target}
              onChange={(next) => next && form.setValue('target', next as CustomFieldObject)}
              error={form.errors.target}
              allowDeselect={false}
            />
          )}
          <TextInput
            label="Key"
            description="Its name in the API and in imports. Optional: made from the label; it never changes."
            placeholder="e.g. accountTier"
            {...form.textInput('key')}
          />
          <Switch
            label="Required"
            description="Every record must have a value when it is created or changed."
            checked={form.values.required}
            onChange={(event) => form.setValue('required', event.currentTarget.checked)}
          />
          {mayBeUnique(type) && (
            <UniqueValuesSwitch
              checked={form.values.unique}
              onChange={(next) => form.setValue('unique', next)}
              error={form.errors.unique}
            />
          )}
          <FormModalActions submit={'Add field'} pending={createField.isPending} />
        </Stack>
      </form>
    </FormModal>
  );
}
