import { Anchor, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { QueryError } from '../../../ui/QueryError';
import { useRecentRecords } from '../hooks/useRecentRecords';
import { SEARCH_KINDS } from '../search-kinds';

const SHOWN = 8;

/** Home's list of the records the member opened last: where they left off, one click away. */
export function RecentlyViewed() {
  const recent = useRecentRecords(SHOWN);
  return (
    <section aria-labelledby="recently-viewed">
      <Title order={2} size="h4" id="recently-viewed" mb="md">
        Recently viewed
      </Title>
      <Card withBorder padding="md">
        {recent.error && <QueryError error={recent.error} onRetry={() => void recent.refetch()} />}
        {recent.isPending && <Loader size="sm" aria-label="Loading your recent records" />}
        {recent.isSuccess && recent.data.data.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing yet: the people and companies you open will be listed here.
          </Text>
        )}
        <Stack
          gap="sm"
          component="ul"
          aria-label="Recently viewed"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {recent.data?.data.map((record) => {
            const kind = SEARCH_KINDS.find((k) => k.type === record.type);
            if (!kind) return null;
            return (
              <Group component="li" key={`${record.type}:${record.id}`} gap="sm" wrap="nowrap">
                <kind.Icon size={16} role="img" aria-label={kind.noun} style={{ flexShrink: 0 }} />
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Anchor
                    component={Link}
                    to={`${kind.path}/${record.id}`}
                    size="sm"
                    display="block"
                    truncate
                  >
                    {record.title}
                  </Anchor>
                  {record.subtitle && (
                    <Text size="xs" c="dimmed" truncate>
                      {record.subtitle}
                    </Text>
                  )}
                </div>
                <Text size="xs" c="dimmed" title={formatDateTime(record.viewedAt)} style={{ flexShrink: 0 }}>
                  {formatRelative(record.viewedAt)}
                </Text>
              </Group>
            );
          })}
        </Stack>
      </Card>
    </section>
  );
}
