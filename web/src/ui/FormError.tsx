import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

/** What a form as a whole lacks or ran into (`useApiForm().formError`), said above its fields. */
export function FormError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" icon={<IconAlertCircle size={18} aria-hidden />}>
      {message}
    </Alert>
  );
}
