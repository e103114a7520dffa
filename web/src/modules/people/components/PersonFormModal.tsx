import { Select, Stack, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { emailTypeValues, phoneTypeValues } from '../../../api/schema.gen';
import { formatDialled, formatEmail, humanize } from '../../../ui/format';
import { notifySuccess } from '../../../ui/notify';
import { RecordFormModal } from '../../records/components/RecordFormModal';
import { RecordPicker } from '../../records/components/RecordPicker';
import { useCustomFieldDefinitions } from '../../records/hooks/useCustomFieldDefinitions';
import { changedFields, useRecordForm } from '../../records/record-form';
import { LIFECYCLE_STAGES, type LifecycleStage, type Person } from '../../records/record-types';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import { contactBody, contactErrorPaths } from '../contact-lists';
import { personKey } from '../hooks/usePerson';
import { type PersonBody, useSavePerson } from '../hooks/useSavePerson';
import { type ContactEntry, OtherContactsInput } from './OtherContactsInput';

interface PersonFormModalProps {
  opened: boolean;
  onClose: () => void;
  /**
   * The person to edit, with the ETag it was read with (and when a read of it last failed); a new
   * person without.
   */
  editing?: { person: Person; etag: string | undefined; failedAt?: number };
}

const valuesOf = (person: Person | undefined) => ({
  firstName: person?.firstName ?? '',
  lastName: person?.lastName ?? '',
  email: person?.email ? formatEmail(person.email) : '',
  phone: person?.phones[0] ? formatDialled(person.phones[0]) : '',
  otherEmails: (person?.emails.slice(1) ?? []).map(
    (e): ContactEntry => ({ value: formatEmail(e.address), type: e.type }),
  ),
  otherPhones: (person?.phones.slice(1) ?? []).map(
    (p): ContactEntry => ({ value: formatDialled(p), type: p.type }),
  ),
  jobTitle: person?.jobTitle ?? '',
  companyId: person?.companyId ?? null,
  ownerId: person?.ownerId ?? null,
  lifecycleStage: person?.lifecycleStage ?? ('lead' as LifecycleStage),
  tags: person?.tags ?? [],
});

/** Creates a person or edits one, custom fields included. */
export function PersonFormModal({ opened, onClose, editing }: PersonFormModalProps) {
  const navigate = useNavigate();
  const savePerson = useSavePerson();
  const members = useUserDirectory(opened);
  const custom = useCustomFieldDefinitions('people');
  const record = useRecordForm(
    opened,
    {
      values: valuesOf(editing?.person),
      customFields: editing?.person.customFields ?? {},
      etag: editing?.etag,
      failedAt: editing?.failedAt,
      recordKey: editing && personKey(editing.person.id),
    },
    'person',
  );
  const { edit, form, customFields } = record;
  // The values of the version the form is on (`edit.etag`): a save sends only what was typed over them.
  const before = editing ? form.initial : undefined;

  const close = () => {
    record.reset();
    onClose();
  };

  const submit = () => {
    const { email, phone, otherEmails, otherPhones, ...changed } = changedFields(form.values, before);
    const primaryTypes = { email: editing?.person.emails[0]?.type, phone: editing?.person.phones[0]?.type };
    const body = {
      ...(changed as PersonBody),
      ...(contactBody(form.values, before, primaryTypes) as PersonBody),
      ...customFields.changes(),
    };
    savePerson.mutate(editing ? { id: editing.person.id, body, etag: edit.etag } : { body }, {
      onSuccess: (person) => {
        notifySuccess(editing ? `${person.name} is saved.` : `${person.name} is added.`);
        close();
        if (!editing) navigate(`/people/${person.id}`);
      },
      onError: (error) => record.failed(error, contactErrorPaths()),
    });
  };

  return (
    <RecordFormModal
      opened={opened}
      title={editing ? `Edit ${editing.person.name}` : 'New person'}
      onClose={close}
      onSubmit={submit}
      submitting={savePerson.isPending || edit.rereading}
      submitLabel={editing ? 'Save changes' : 'Add person'}
      members={members.data ?? []}
      form={form}
      customFieldDefinitions={custom.data ?? []}
      customFields={customFields}
    >
      <TextInput label="First name" data-autofocus {...form.textInput('firstName')} />
      <TextInput label="Last name" {...form.textInput('lastName')} />
      {/* A person's e-mails and phones take the form's width: each other one has a type beside it. */}
      <Stack gap={6} style={{ gridColumn: '1 / -1' }}>
        <TextInput label="E-mail" type="email" {...form.textInput('email')} />
        <OtherContactsInput
          noun="e-mail"
          types={emailTypeValues}
          defaultType="work"
          inputType="email"
          entries={form.values.otherEmails}
          onChange={(entries) => form.setValue('otherEmails', entries)}
          error={form.errors.otherEmails}
        />
      </Stack>
      <Stack gap={6} style={{ gridColumn: '1 / -1' }}>
        <TextInput label="Phone" type="tel" {...form.textInput('phone')} />
        <OtherContactsInput
          noun="phone"
          types={phoneTypeValues}
          defaultType="mobile"
          inputType="tel"
          entries={form.values.otherPhones}
          onChange={(entries) => form.setValue('otherPhones', entries)}
          error={form.errors.otherPhones}
        />
      </Stack>
      <TextInput label="Job title" {...form.textInput('jobTitle')} />
      <RecordPicker
        object="companies"
        label="Company"
        value={form.values.companyId}
        onChange={(id) => form.setValue('companyId', id)}
        error={form.errors.companyId}
      />
      <Select
        label="Lifecycle stage"
        data={LIFECYCLE_STAGES.map((value) => ({ value, label: humanize(value) }))}
        value={form.values.lifecycleStage}
        onChange={(stage) => stage && form.setValue('lifecycleStage', stage as LifecycleStage)}
        allowDeselect={false}
        error={form.errors.lifecycleStage}
      />
    </RecordFormModal>
  );
}
