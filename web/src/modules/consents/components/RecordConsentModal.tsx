import {
  Autocomplete,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { FormModal, FormModalActions } from '../../../ui/FormModal';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useApiForm } from '../../../ui/useApiForm';
import {
  CHANNELS,
  type ConsentChannel,
  type ConsentSource,
  type ConsentStatus,
  LAWFUL_BASES,
  type LawfulBasis,
  labelOf,
  optionsOf,
  SOURCES,
  SUGGESTED_PURPOSES,
} from '../consent-options';
import { useRecordConsent } from '../hooks/useRecordConsent';

interface RecordConsentModalProps {
  personId: string;
  personName: string;
  opened: boolean;
  onClose: () => void;
}

const initial = {
  purpose: '',
  channel: 'email' as ConsentChannel,
  status: 'granted' as ConsentStatus,
  lawfulBasis: 'consent' as LawfulBasis,
  source: 'manual' as ConsentSource,
  occurredAt: '',
  evidence: '',
};

/** Records one grant or withdrawal; the ledger keeps it for good, so what was said goes in evidence. */
export function RecordConsentModal({ personId, personName, opened, onClose }: RecordConsentModalProps) {
  const recordConsent = useRecordConsent(personId);
  const form = useApiForm(initial);
  const { values } = form;

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = () => {
    const body = {
      purpose: values.purpose.trim(),
      channel: values.channel,
      status: values.status,
      lawfulBasis: values.lawfulBasis,
      source: values.source,
      evidence: values.evidence.trim() || null,
      // The input shows local time; the API takes an instant. Empty means now.
      ...(values.occurredAt ? { occurredAt: new Date(values.occurredAt).toISOString() } : {}),
    };
    recordConsent.mutate(body, {
      onSuccess: (event) => {
        notifySuccess(
          `Consent ${event.status}: ${labelOf(event.purpose).toLowerCase()}, ${labelOf(event.channel)}.`,
        );
        close();
      },
      onError: (error) => {
        form.showApiError(error);
        notifyError(error);
      },
    });
  };

  return (
    <FormModal
      dirty={form.dirty}
      opened={opened}
      onClose={close}
      title={`Record consent of ${personName}`}
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Autocomplete
            label="Purpose"
            description="Lower-case letters, digits and _, e.g. newsletter."
            data={SUGGESTED_PURPOSES}
            value={values.purpose}
            onChange={(purpose) => form.setValue('purpose', purpose)}
            error={form.errors.purpose}
            required
            data-autofocus
          />
          <div>
            <Text size="sm" fw={500} id="consent-status-label" mb={4}>
              Status
            </Text>
            <SegmentedControl
              aria-labelledby="consent-status-label"
              fullWidth
              data={[
                { value: 'granted', label: 'Granted' },
                { value: 'withdrawn', label: 'Withdrawn' },
              ]}
              value={values.status}
              onChange={(status) => form.setValue('status', status as ConsentStatus)}
            />
          </div>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Select
              label="Channel"
              data={optionsOf(CHANNELS)}
              value={values.channel}
              onChange={(channel) => channel && form.setValue('channel', channel as ConsentChannel)}
              allowDeselect={false}
              error={form.errors.channel}
            />
            <Select
              label="Lawful basis"
              data={optionsOf(LAWFUL_BASES)}
              value={values.lawfulBasis}
              onChange={(basis) => basis && form.setValue('lawfulBasis', basis as LawfulBasis)}
              allowDeselect={false}
              error={form.errors.lawfulBasis}
            />
            <Select
              label="Source"
              data={optionsOf(SOURCES)}
              value={values.source}
              onChange={(source) => source && form.setValue('source', source as ConsentSource)}
              allowDeselect={false}
              error={form.errors.source}
            />
            <TextInput
              label="Occurred at"
              description="Empty: now."
              type="datetime-local"
              {...form.textInput('occurredAt')}
            />
          </SimpleGrid>
          <Textarea
            label="Evidence"
            description="The wording shown, the form's address, the message."
            autosize
            minRows={2}
            maxLength={2000}
            {...form.textInput('evidence')}
          />
          <FormModalActions submit={'Record'} pending={recordConsent.isPending} />
        </Stack>
      </form>
    </FormModal>
  );
}
