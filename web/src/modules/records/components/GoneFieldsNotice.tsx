import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type GoneFields, namedBy } from '../gone-fields';

interface GoneFieldsNoticeProps {
  /** The custom fields gone that the list's filter names, and its sort's if it is one (goneCustomFields). */
  gone: GoneFields;
  /** How each is named (useGoneFields). */
  describe: (key: string) => string;
  /** Shows the list without them: their conditions, and their sort, left out. */
  onLeaveOut: () => void;
}

/**
 * In place of the list, when its filter or sort names custom fields archived or deleted since it was
 * saved: which fields they are, and the way on. The list is not shown without them unasked, as that
 * would widen it, and a bulk action on the whole result would reach records the view never meant.
 */
export function GoneFieldsNotice({ gone, describe, onLeaveOut }: GoneFieldsNoticeProps) {
  const many = new Set([...gone.inFilter, ...(gone.sort ? [gone.sort] : [])]).size > 1;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={many ? 'This list uses fields no longer in use' : 'This list uses a field no longer in use'}
    >
      <Text size="sm">
        {namedBy(gone, describe)} An archived field comes back when it is restored in Settings › Custom
        fields; until then, the list can be shown without {many ? 'them' : 'it'}.
      </Text>
      <Button size="xs" variant="light" color="yellow" mt="xs" onClick={onLeaveOut}>
        Show the list without {many ? 'them' : 'it'}
      </Button>
    </Alert>
  );
}
