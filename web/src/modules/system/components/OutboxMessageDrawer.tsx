import { Alert, Button, DataList, Drawer, Group, Loader, Paper, Stack, Tabs, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../../ui/format';
import { notifySuccess } from '../../../ui/notify';
import { QueryError } from '../../../ui/QueryError';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { useOutboxMessage } from '../hooks/useOutboxMessage';
import { useSendOutboxMessage } from '../hooks/useSendOutboxMessage';
import { MailStatusBadge } from './MailStatusBadge';

/** One e-mail, opened from the outbox at /settings/outbox/:messageId. */
export function OutboxMessageDrawer() {
  const { messageId = '' } = useParams();
  const navigate = useNavigate();
  const me = useSession();
  const message = useOutboxMessage(messageId);
  const sendAgain = useSendOutboxMessage();
  const close = () => navigate('..', { relative: 'path' });
  const mail = message.data;
  const details: [string, ReactNode][] = mail
    ? [
        ['To', mail.to],
        ['Status', <MailStatusBadge key="status" status={mail.status} />],
        ['Created', formatDateTime(mail.createdAt)],
        ['Sent', mail.sentAt ? formatDateTime(mail.sentAt) : 'Not yet'],
        ['Attempts', String(mail.attempts)],
      ]
    : [];

  return (
    <Drawer opened onClose={close} position="right" size="xl" title={mail?.subject ?? 'E-mail'}>
      {message.error && <QueryError error={message.error} />}
      {message.isPending && <Loader aria-label="Loading the e-mail" />}
      {mail && (
        <Stack>
          <DataList orientation="horizontal" labelWidth={90}>
            {details.map(([label, value]) => (
              <DataList.Item key={label}>
                <DataList.ItemLabel>{label}</DataList.ItemLabel>
                <DataList.ItemValue>{value}</DataList.ItemValue>
              </DataList.Item>
            ))}
          </DataList>
          {mail.lastError && (
            <Alert color="red" variant="light" title="Last error">
              {mail.lastError}
            </Alert>
          )}
          {(mail.status === 'held' || mail.status === 'failed') && can(me, 'settings', 'update') && (
            <Group>
              <Button
                leftSection={<IconSend size={16} aria-hidden />}
                loading={sendAgain.isPending}
                onClick={() =>
                  sendAgain.mutate(mail.id, {
                    onSuccess: () => notifySuccess('The e-mail is queued for sending.'),
                  })
                }
              >
                Send again
              </Button>
            </Group>
          )}
          <Tabs defaultValue="text">
            <Tabs.List>
              <Tabs.Tab value="text">Text</Tabs.Tab>
              {mail.html && <Tabs.Tab value="html">HTML preview</Tabs.Tab>}
            </Tabs.List>
            <Tabs.Panel value="text" pt="md">
              <Paper withBorder p="md" radius="md">
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                  {mail.text || 'This e-mail has no text body.'}
                </Text>
              </Paper>
            </Tabs.Panel>
            {mail.html && (
              <Tabs.Panel value="html" pt="md">
                {/* An empty sandbox: the mail's HTML runs no script, submits no form, and cannot reach this page. */}
                <iframe
                  title={`HTML body of “${mail.subject}”`}
                  sandbox=""
                  srcDoc={mail.html}
                  referrerPolicy="no-referrer"
                  style={{
                    width: '100%',
                    height: 420,
                    border: '1px solid var(--mantine-color-gray-3)',
                    borderRadius: 8,
                  }}
                />
              </Tabs.Panel>
            )}
          </Tabs>
        </Stack>
      )}
    </Drawer>
  );
}
