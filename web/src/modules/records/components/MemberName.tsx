import { Text } from '@mantine/core';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';

/** A member's name where the API gives their id (owners, authors). */
export function MemberName({ id, fallback = '—' }: { id: string | null; fallback?: string }) {
  const members = useUserDirectory(id !== null);
  const name = id ? members.data?.find((m) => m.id === id)?.name : undefined;
  return (
    <Text span size="sm" c={name ? undefined : 'dimmed'}>
      {name ?? (id ? 'A member' : fallback)}
    </Text>
  );
}
