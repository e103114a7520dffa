import { Alert, Anchor, Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { isApiError, mayPassOnRetry } from '../api/api-error';

interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
  /** Where to go instead: a page for one record offers its list, since a 404 leaves nothing to see. */
  back?: { to: string; label: string };
}

/** A read that failed, in place of what it would have shown; "Try again" only where it may help. */
export function QueryError({ error, onRetry, back }: QueryErrorProps) {
  const title = isApiError(error) ? error.title : 'Could not load this';
  const detail = isApiError(error) ? error.detail : String(error);
  const retry = onRetry && mayPassOnRetry(error);
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle size={18} />} role="alert">
      {detail}
      {(retry || back) && (
        <Group gap="sm" mt="xs">
          {retry && (
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              Try again
            </Button>
          )}
          {back && (
            <Anchor component={Link} to={back.to} size="sm">
              {back.label}
            </Anchor>
          )}
        </Group>
      )}
    </Alert>
  );
}
