import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isApiError } from '../api/api-error';

interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** A read that failed, in place of what it would have shown. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const title = isApiError(error) ? error.title : 'Could not load this';
  const detail = isApiError(error) ? error.detail : String(error);
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle size={18} />} role="alert">
      {detail}
      {onRetry && (
        <Button size="xs" variant="light" color="red" ml="sm" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}
