import { Badge, Button, Collapse, Group, Loader, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { formatDate, formatDateTime } from '../../../ui/format';
import { QueryError } from '../../../ui/QueryError';
import { InfoCard } from '../../records/components/InfoCard';
import { type ConsentState, labelOf } from '../consent-options';
import { usePersonConsents } from '../hooks/usePersonConsents';
import { ConsentHistory } from './ConsentHistory';
import { RecordConsentModal } from './RecordConsentModal';

interface ConsentsCardProps {
  personId: string;
  personName: string;
  canRecord: boolean;
}

function ConsentRow({ state }: { state: ConsentState }) {
  const granted = state.status === 'granted';
  const label = `${labelOf(state.purpose)} · ${labelOf(state.channel)}`;
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      gap="xs"
      aria-label={`${label}: ${state.status}`}
      role="listitem"
    >
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate>
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          since{' '}
          <time dateTime={state.since} title={formatDateTime(state.since)}>
            {formatDate(state.since)}
          </time>{' '}
          · {labelOf(state.source)}
          {state.viaAny && ' · for any channel'}
        </Text>
      </div>
      <Badge size="sm" variant="light" color={granted ? 'teal' : 'red'}>
        {granted ? 'Granted' : 'Withdrawn'}
      </Badge>
    </Group>
  );
}

/** What the person agreed to, per purpose and channel, and the ledger that says so. */
export function ConsentsCard({ personId, personName, canRecord }: ConsentsCardProps) {
  const consents = usePersonConsents(personId);
  const [recording, { open, close }] = useDisclosure(false);
  const [historyOpen, { toggle }] = useDisclosure(false);
  const action = canRecord && (
    <Button
      size="compact-sm"
      variant="subtle"
      leftSection={<IconPlus size={14} aria-hidden />}
      onClick={open}
    >
      Record consent
    </Button>
  );
  return (
    <InfoCard title="Consents" action={action}>
      {consents.error && <QueryError error={consents.error} onRetry={() => void consents.refetch()} />}
      {consents.isPending && <Loader size="sm" aria-label="Loading consents" />}
      {consents.data && (
        <>
          {consents.data.current.length === 0 ? (
            <Text size="sm" c="dimmed">
              No consent recorded.
            </Text>
          ) : (
            <Stack gap="xs" role="list" aria-label="Current consents">
              {consents.data.current.map((state) => (
                <ConsentRow key={`${state.purpose}/${state.channel}`} state={state} />
              ))}
            </Stack>
          )}
          {consents.data.history.length > 0 && (
            <>
              <Button
                size="compact-xs"
                variant="subtle"
                color="gray"
                onClick={toggle}
                aria-expanded={historyOpen}
                leftSection={
                  historyOpen ? (
                    <IconChevronDown size={14} aria-hidden />
                  ) : (
                    <IconChevronRight size={14} aria-hidden />
                  )
                }
                style={{ alignSelf: 'flex-start' }}
              >
                History ({consents.data.history.length})
              </Button>
              <Collapse expanded={historyOpen}>
                <ConsentHistory events={consents.data.history} />
              </Collapse>
            </>
          )}
        </>
      )}
      {/* Always mounted, opened and closed, so that focus goes back to the button that opened it. */}
      <RecordConsentModal personId={personId} personName={personName} opened={recording} onClose={close} />
    </InfoCard>
  );
}
