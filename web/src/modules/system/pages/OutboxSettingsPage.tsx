import { Alert, Code, EmptyState, Loader, Paper, Select, Stack } from '@mantine/core';
import { IconInbox, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useRoutes } from 'react-router';
import type { MailStatus } from '../../../api/types';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { QueryError } from '../../../ui/QueryError';
import { SectionHeader } from '../../../ui/SectionHeader';
import { OutboxMessageDrawer } from '../components/OutboxMessageDrawer';
import { OutboxTable } from '../components/OutboxTable';
import { useOutboxMessages } from '../hooks/useOutboxMessages';

const STATUS_OPTIONS: { value: MailStatus; label: string }[] = [
  { value: 'held', label: 'Held' },
  { value: 'queued', label: 'Queued' },
  { value: 'sent', label: 'Sent' },
  { value: 'failed', label: 'Failed' },
];

export function OutboxSettingsPage() {
  const [status, setStatus] = useState<MailStatus | null>(null);
  const messages = useOutboxMessages(status);
  const drawer = useRoutes([{ path: ':messageId', element: <OutboxMessageDrawer /> }]);
  const rows = messages.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <Stack>
      <SectionHeader
        title="Outbox"
        description="Every e-mail this workspace sent or is holding: invitations, resets, notifications."
      />
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
        Without a mail server (the <Code>SMTP_URL</Code> setting), Rapport does not send e-mail: it holds each
        message here, so nothing is lost. Open a message to read it or copy its link; once a mail server is
        set, use “Send again”.
      </Alert>
      <Select
        label="Status"
        placeholder="Any status"
        data={STATUS_OPTIONS}
        value={status}
        onChange={(next) => setStatus(next as MailStatus | null)}
        clearable
        w={{ base: '100%', xs: 220 }}
      />
      {messages.error && <QueryError error={messages.error} onRetry={() => void messages.refetch()} />}
      {messages.isPending && <Loader aria-label="Loading the outbox" />}
      {messages.isSuccess && rows.length === 0 && (
        <EmptyState
          icon={<IconInbox size={28} aria-hidden />}
          title="No e-mails"
          description="Nothing to show here."
        />
      )}
      {rows.length > 0 && (
        <Paper withBorder radius="md">
          <OutboxTable messages={rows} />
        </Paper>
      )}
      <LoadMoreButton
        hasMore={messages.hasNextPage}
        loading={messages.isFetchingNextPage}
        onLoadMore={() => void messages.fetchNextPage()}
      />
      {drawer}
    </Stack>
  );
}
