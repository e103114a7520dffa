import { Button, EmptyState, Loader, Paper, Stack, Switch } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApiToken } from '../../../api/types';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { notifySuccess } from '../../../ui/notify';
import { QueryError } from '../../../ui/QueryError';
import { SectionHeader } from '../../../ui/SectionHeader';
import { can } from '../../access/permissions';
import { useSession } from '../../account/hooks/useSession';
import { auditLogHref } from '../../audit/audit-url';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import { ApiTokensTable } from '../components/ApiTokensTable';
import { CreateApiTokenModal } from '../components/CreateApiTokenModal';
import { useApiTokens } from '../hooks/useApiTokens';
import { useRevokeApiToken } from '../hooks/useRevokeApiToken';

export function ApiTokensSettingsPage() {
  const me = useSession();
  // The server shows everyone's tokens to those who may manage users (api-tokens.routes.ts).
  const seesEveryone = can(me, 'users', 'update');
  const [everyone, setEveryone] = useState(false);
  const tokens = useApiTokens({ everyone });
  const members = useUserDirectory(everyone);
  const revokeToken = useRevokeApiToken();
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const ownerOf = (userId: string) =>
    members.data?.find((member) => member.id === userId)?.name ??
    (userId === me.user.id ? me.user.name : '…');

  return (
    <Stack>
      <SectionHeader
        title="API tokens"
        description="Tokens let scripts and other programs use Rapport’s API as you, with your role."
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate}>
            Create token
          </Button>
        }
      />
      {seesEveryone && (
        <Switch
          label="Show everyone’s tokens"
          checked={everyone}
          onChange={(event) => setEveryone(event.currentTarget.checked)}
        />
      )}
      {tokens.error && <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />}
      {tokens.isPending && <Loader aria-label="Loading tokens" />}
      {tokens.data?.length === 0 && (
        <EmptyState
          icon={<IconKey size={28} aria-hidden />}
          title="No tokens yet"
          description="Create one for each program that connects, so you can revoke one without breaking the others."
        />
      )}
      {tokens.data && tokens.data.length > 0 && (
        <Paper withBorder radius="md">
          <ApiTokensTable
            tokens={tokens.data}
            ownerOf={everyone ? ownerOf : undefined}
            onRevoke={setRevoking}
            changesHref={can(me, 'auditLog') ? (token) => auditLogHref({ apiTokenId: token.id }) : undefined}
          />
        </Paper>
      )}
      <CreateApiTokenModal opened={creating} onClose={closeCreate} />
      <ConfirmModal
        opened={revoking !== null}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke token"
        loading={revokeToken.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          revokeToken.mutate(revoking.id, {
            onSuccess: () => {
              notifySuccess(`Token “${revoking.name}” revoked.`);
              setRevoking(null);
            },
          });
        }}
      >
        Programs using it stop working at once. This cannot be undone.
      </ConfirmModal>
    </Stack>
  );
}
