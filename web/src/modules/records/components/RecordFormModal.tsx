import { Divider, Select, SimpleGrid, Stack, TagsInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormError } from '../../../ui/FormError';
import { FormModal, FormModalActions } from '../../../ui/FormModal';
import type { CustomField } from '../record-types';
import { CustomFieldInputs } from './CustomFieldInputs';

/** The part of a record's form (`useApiForm`) that this shell shows: owner and tags. */
interface OwnedForm {
  values: { ownerId: string | null; tags: string[] };
  errors: { ownerId?: string | undefined; tags?: string | undefined };
  /** What the record as a whole lacks, said above its fields. */
  formError: string | undefined;
  /** Changed since the form opened: closing it asks first. */
  dirty: boolean;
  setValue(key: 'ownerId', value: string | null): void;
  setValue(key: 'tags', value: string[]): void;
}

interface RecordFormModalProps {
  opened: boolean;
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  /** A save on its way, or one that must wait (the record being read again): the button spins. */
  submitting: boolean;
  submitLabel: string;
  /** The record's own fields, laid out two by two before its owner. */
  children: ReactNode;
  members: readonly { id: string; name: string }[];
  form: OwnedForm;
  customFieldDefinitions: readonly CustomField[];
  customFields: {
    values: Record<string, unknown>;
    errors: Record<string, string>;
    dirty: boolean;
    setValue: (key: string, value: unknown) => void;
  };
}

/**
 * The form every kind of customer record is created and edited with: its own fields, then what all
 * records have (owner, tags, the workspace's custom fields), then Cancel and the submit button. It
 * asks before throwing away changes (`FormModal`).
 */
export function RecordFormModal(props: RecordFormModalProps) {
  const { form, customFields } = props;
  return (
    <FormModal
      opened={props.opened}
      onClose={props.onClose}
      dirty={form.dirty || customFields.dirty}
      title={props.title}
      size="lg"
      centered
    >
      <form
        // The browser's own checks (an e-mail field's bubble) would speak differently from the
        // server's, which every field shows the same way, under it.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // Sent already, or waiting for the record read again after a 412: once is enough.
          if (!props.submitting) props.onSubmit();
        }}
      >
        <Stack>
          <FormError message={form.formError} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            {props.children}
            <Select
              label="Owner"
              placeholder="You"
              data={props.members.map((m) => ({ value: m.id, label: m.name }))}
              value={form.values.ownerId}
              onChange={(id) => form.setValue('ownerId', id)}
              searchable
              clearable
              error={form.errors.ownerId}
            />
          </SimpleGrid>
          <TagsInput
            label="Tags"
            description="Type a tag, then Enter"
            value={form.values.tags}
            onChange={(tags) => form.setValue('tags', tags)}
            error={form.errors.tags}
          />
          {props.customFieldDefinitions.length > 0 && <Divider label="Custom fields" labelPosition="left" />}
          <CustomFieldInputs
            definitions={props.customFieldDefinitions}
            values={customFields.values}
            errors={customFields.errors}
            onChange={customFields.setValue}
          />
          <FormModalActions submit={props.submitLabel} pending={props.submitting} />
        </Stack>
      </form>
    </FormModal>
  );
}
