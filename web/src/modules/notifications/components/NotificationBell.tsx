import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Loader,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { components } from '../../../api/schema.gen';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { QueryError } from '../../../ui/QueryError';
import { useMarkNotificationsRead, useNotifications } from '../hooks/useNotifications';
import '../notifications.css';

type Notification = components['schemas']['Notification'];

/** A page of notifications: more than the bell's list shows without scrolling. */
const PAGE = 20;

/** The page a notification is about, where the note that mentions you is read. */
function pathOf(notification: Notification): string | null {
  if (!notification.recordId) return null;
  if (notification.recordType === 'person') return `/people/${notification.recordId}`;
  if (notification.recordType === 'company') return `/companies/${notification.recordId}`;
  return null;
}

/**
 * The header's bell: how many notifications are unread (a colleague mentioned you in a note), and the
 * latest of them; one opens the record it is about and counts as read.
 */
export function NotificationBell() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const notifications = useNotifications(PAGE);
  const markRead = useMarkNotificationsRead();
  const pages = notifications.data?.pages ?? [];
  // Every page counts them; the latest answer is the first page's, refetched with each change.
  const unread = pages[0]?.unread ?? 0;
  const items = pages.flatMap((page) => page.data);

  const open = (notification: Notification) => {
    if (!notification.readAt) markRead.mutate([notification.id]);
    const path = pathOf(notification);
    if (path) {
      close();
      navigate(path);
    }
  };

  return (
    <Popover
      opened={opened}
      onChange={(next) => !next && close()}
      position="bottom-end"
      shadow="md"
      width={360}
      withinPortal
      trapFocus
    >
      {/* The count wraps the target, not the other way round: the target gets the popup's ARIA
          attributes, which belong on the button (axe: aria-expanded on a div). */}
      <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} offset={4}>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={toggle}
            aria-expanded={opened}
            aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p="xs" aria-label="Notifications">
        <Group justify="space-between" px="xs" pb="xs">
          <Text fw={600} size="sm">
            Notifications
          </Text>
          {unread > 0 && (
            <Button variant="subtle" size="compact-xs" onClick={() => markRead.mutate(undefined)}>
              Mark all as read
            </Button>
          )}
        </Group>
        {notifications.error && (
          <QueryError error={notifications.error} onRetry={() => void notifications.refetch()} />
        )}
        {notifications.isPending && <Loader size="sm" m="xs" aria-label="Loading your notifications" />}
        {notifications.isSuccess && items.length === 0 && (
          <Text size="sm" c="dimmed" px="xs" pb="xs">
            Nothing yet: you are told here when a colleague mentions you in a note.
          </Text>
        )}
        <ScrollArea.Autosize mah={420} type="auto">
          <Stack
            gap={2}
            component="ul"
            aria-label="Your notifications"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {items.map((notification) => (
              <li key={notification.id}>
                <UnstyledButton
                  onClick={() => open(notification)}
                  w="100%"
                  p="xs"
                  className="notification-item"
                  data-unread={notification.readAt ? undefined : true}
                  aria-label={`${notification.readAt ? '' : 'Unread: '}${notification.title}`}
                >
                  <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                    <Text size="sm" fw={notification.readAt ? 400 : 600}>
                      {notification.title}
                    </Text>
                    <Text
                      size="xs"
                      c="dimmed"
                      title={formatDateTime(notification.createdAt)}
                      style={{ flexShrink: 0 }}
                    >
                      {formatRelative(notification.createdAt)}
                    </Text>
                  </Group>
                  {notification.body && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {notification.body}
                    </Text>
                  )}
                </UnstyledButton>
              </li>
            ))}
          </Stack>
          <LoadMoreButton
            hasMore={notifications.hasNextPage}
            loading={notifications.isFetchingNextPage}
            onLoadMore={() => void notifications.fetchNextPage()}
          />
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
