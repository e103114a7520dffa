import { Button } from '@mantine/core';
import { useState } from 'react';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { useDiscardImport } from '../hooks/useDiscardImport';
import type { ImportJob } from '../import-types';

/**
 * "Discard" for an import never started (left at its mapping, or before its file): the server
 * refuses it for one that started, which stays as the history of what it wrote. Offered only to
 * who may import, as the server allows.
 */
export function DiscardImportButton({ job, onDiscarded }: { job: ImportJob; onDiscarded?: () => void }) {
  const discard = useDiscardImport(job.id);
  const [confirming, setConfirming] = useState(false);
  const name = job.filename ?? `Import ${job.number}`;
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        size="xs"
        aria-label={`Discard ${name}`}
        onClick={() => setConfirming(true)}
      >
        Discard
      </Button>
      <ConfirmModal
        opened={confirming}
        title="Discard this import?"
        confirmLabel="Discard import"
        loading={discard.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          discard.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              onDiscarded?.();
            },
          })
        }
      >
        “{name}” has not started: nothing was imported from it. Its uploaded file is deleted and it leaves the
        list of imports.
      </ConfirmModal>
    </>
  );
}
