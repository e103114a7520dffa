import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { isApiError, mayPassOnRetry } from '../api/api-error';
import { problemReasons } from './notify';

interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
  /** Where to go instead: a page for one record offers its list, since a 404 leaves nothing to see. */
  back?: { to: string; label: string };
}

/**
 * A read that failed, in place of what it would have shown; "Try again" only where it may help. In
 * place of a whole page (one that offers a way `back`), its title is the page's level-1 heading.
 */
export function QueryError({ error, onRetry, back }: QueryErrorProps) {
  const title = isApiError(error) ? error.title : 'Could not load this';
  const detail = isApiError(error) ? error.detail : String(error);
  // What exactly was refused ("Plan: give one of basic."): a saved view's filter may have outlived a choice.
  const reasons = isApiError(error) ? problemReasons(error) : [];
  const retry = onRetry && mayPassOnRetry(error);
  return (
    <Alert
      color="red"
      variant="light"
      title={
        back ? (
          <Text component="h1" inherit>
            {title}
          </Text>
        ) : (
          title
        )
      }
      icon={<IconAlertTriangle size={18} />}
      role="alert"
    >
      {detail}
      {reasons.length > 0 && (
        <List size="sm" mt={4}>
          {reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
      )}
      {(retry || back) && (
        <Group gap="sm" mt="xs">
          {retry && (
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              Try again
            </Button>
          )}
          {back && (
            // The alert's own colour, underlined: the theme's link colour is too faint on its pink.
            <Anchor component={Link} to={back.to} size="sm" c="inherit" underline="always">
              {back.label}
            </Anchor>
          )}
        </Group>
      )}
    </Alert>
  );
}
