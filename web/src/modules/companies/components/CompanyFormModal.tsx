import { TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { formatDomain } from '../../../ui/format';
import { NumberField } from '../../../ui/NumberField';
import { notifySuccess } from '../../../ui/notify';
import { useSession } from '../../account/hooks/useSession';
import { RecordFormModal } from '../../records/components/RecordFormModal';
import { RecordPicker } from '../../records/components/RecordPicker';
import { useCustomFieldDefinitions } from '../../records/hooks/useCustomFieldDefinitions';
import { changedFields, useRecordForm } from '../../records/record-form';
import type { Company } from '../../records/record-types';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import { companyKey } from '../hooks/useCompany';
import { type CompanyBody, useSaveCompany } from '../hooks/useSaveCompany';

interface CompanyFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The company to edit, with the ETag it was read with (and when a read of it last failed). */
  editing?: { company: Company; etag: string | undefined; failedAt?: number };
}

const valuesOf = (company: Company | undefined) => ({
  name: company?.name ?? '',
  domain: company?.domain ? formatDomain(company.domain) : '',
  industry: company?.industry ?? '',
  employees: company?.employees ?? null,
  annualRevenue: company?.annualRevenue ?? null,
  phone: company?.phone ?? '',
  website: company?.website ?? '',
  parentId: company?.parentId ?? null,
  ownerId: company?.ownerId ?? null,
  tags: company?.tags ?? [],
});

/** Creates a company or edits one, custom fields included. */
export function CompanyFormModal({ opened, onClose, editing }: CompanyFormModalProps) {
  const navigate = useNavigate();
  const saveCompany = useSaveCompany();
  const members = useUserDirectory(opened);
  const custom = useCustomFieldDefinitions('companies');
  const record = useRecordForm(
    opened,
    {
      values: valuesOf(editing?.company),
      customFields: editing?.company.customFields ?? {},
      etag: editing?.etag,
      failedAt: editing?.failedAt,
      recordKey: editing && companyKey(editing.company.id),
    },
    'company',
  );
  const { edit, form, customFields } = record;
  // The values of the version the form is on (`edit.etag`): a save sends only what was typed over them.
  const before = editing ? form.initial : undefined;

  const close = () => {
    record.reset();
    onClose();
  };

  const submit = () => {
    const body = { ...(changedFields(form.values, before) as CompanyBody), ...customFields.changes() };
    const save = editing
      ? { id: editing.company.id, body, etag: edit.etag }
      : { body: { ...body, name: form.values.name } };
    saveCompany.mutate(save, {
      onSuccess: (company) => {
        notifySuccess(editing ? `${company.name} is saved.` : `${company.name} is added.`);
        close();
        if (!editing) navigate(`/companies/${company.id}`);
      },
      onError: (error) => record.failed(error),
    });
  };

  // Revenue is kept in the workspace's currency, which its input says as a currency field's does.
  const { defaultCurrency } = useSession().workspace;
  const number = (key: 'employees' | 'annualRevenue') => ({
    value: form.values[key],
    onChange: (next: number | null) => form.setValue(key, next),
    error: form.errors[key],
  });

  return (
    <RecordFormModal
      opened={opened}
      title={editing ? `Edit ${editing.company.name}` : 'New company'}
      onClose={close}
      onSubmit={submit}
      submitting={saveCompany.isPending || edit.rereading}
      submitLabel={editing ? 'Save changes' : 'Add company'}
      members={members.data ?? []}
      form={form}
      customFieldDefinitions={custom.data ?? []}
      customFields={customFields}
    >
      <TextInput label="Name" required data-autofocus {...form.textInput('name')} />
      <TextInput label="Domain" placeholder="example.com" {...form.textInput('domain')} />
      <TextInput label="Industry" {...form.textInput('industry')} />
      <NumberField label="Employees" min={0} allowDecimal={false} {...number('employees')} />
      <NumberField
        label="Annual revenue"
        min={0}
        prefix={`${defaultCurrency} `}
        {...number('annualRevenue')}
      />
      <TextInput label="Phone" type="tel" {...form.textInput('phone')} />
      <TextInput label="Website" type="url" {...form.textInput('website')} />
      <RecordPicker
        object="companies"
        label="Parent company"
        value={form.values.parentId}
        onChange={(id) => form.setValue('parentId', id)}
        error={form.errors.parentId}
      />
    </RecordFormModal>
  );
}
