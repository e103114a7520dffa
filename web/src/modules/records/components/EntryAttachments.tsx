import { ActionIcon, Anchor, CloseButton, FileButton, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { formatBytes } from '../../../ui/format';
import { notifyError, notifyFailure, notifySuccess } from '../../../ui/notify';
import { activityTitle } from '../activity-title';
import { sortChosen } from '../attachments';
import { useAttachFiles, useRemoveAttachment } from '../hooks/useAttachments';
import type { Activity, RecordObject } from '../record-types';

type Attachment = Activity['attachments'][number];

/** Says which files did not reach an entry, and why; the entry offers to attach them again. */
export function notifyNotAttached(failed: readonly { file: File; error: unknown }[], what: string) {
  if (failed.length === 0) return;
  const reasons = failed.map(
    ({ file, error }) => `${file.name}: ${error instanceof Error ? error.message : String(error)}`,
  );
  notifications.show({
    color: 'red',
    title: `${what}, but ${failed.length === 1 ? 'one file was' : `${failed.length} files were`} not attached`,
    message: `${reasons.join(' ')} Attach ${failed.length === 1 ? 'it' : 'them'} again from the history.`,
    autoClose: false,
  });
}

interface EntryAttachmentsProps {
  activity: Activity;
  object: RecordObject;
  recordId: string;
  /** May the member change this entry (attach and remove files)? */
  mayChange: boolean;
}

/** Attaches files to an entry already in the history: a paperclip beside its title. */
export function AttachToEntry({ activity, object, recordId }: Omit<EntryAttachmentsProps, 'mayChange'>) {
  const attach = useAttachFiles(object, recordId);
  const resetRef = useRef<() => void>(null);
  const attachChosen = (chosen: File[]) => {
    resetRef.current?.();
    const { accepted: files, refused } = sortChosen(chosen);
    if (refused.length > 0) notifyFailure(refused.join(' '));
    if (files.length === 0) return;
    attach.mutate(
      { activityId: activity.id, files },
      {
        onSuccess: (failed) => {
          const sent = files.length - failed.length;
          if (sent > 0) notifySuccess(sent === 1 ? 'File attached.' : `${sent} files attached.`);
          notifyNotAttached(failed, sent > 0 ? 'Some files were attached' : 'Nothing was attached');
        },
        onError: notifyError,
      },
    );
  };
  return (
    <FileButton
      multiple
      onChange={attachChosen}
      resetRef={resetRef}
      inputProps={{ 'aria-label': 'Choose files to attach to this entry' }}
    >
      {(props) => (
        <ActionIcon
          {...props}
          className="entry-action"
          variant="subtle"
          color="gray"
          size="sm"
          loading={attach.isPending}
          aria-label={`Attach a file to “${activityTitle(activity)}”`}
        >
          <IconPaperclip size={14} />
        </ActionIcon>
      )}
    </FileButton>
  );
}

/**
 * An entry's files, each a download (the server sends them as attachments, never as pages), with
 * their sizes; who may change the entry removes one.
 */
export function EntryAttachments({ activity, object, recordId, mayChange }: EntryAttachmentsProps) {
  const remove = useRemoveAttachment(object, recordId);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const { attachments } = activity;
  if (attachments.length === 0) return null;

  return (
    <>
      <ul aria-label="Attached files" style={{ listStyle: 'none', margin: '4px 0 0', padding: 0 }}>
        {attachments.map((file) => (
          <li key={file.id}>
            <Group gap={6} wrap="nowrap">
              <IconPaperclip size={14} aria-hidden />
              <Anchor href={`/api/v1/attachments/${file.id}`} download={file.filename} size="sm" truncate>
                {file.filename}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatBytes(file.size)}
              </Text>
              {mayChange && (
                <CloseButton
                  size="sm"
                  aria-label={`Remove ${file.filename}`}
                  onClick={() => setRemoving(file)}
                />
              )}
            </Group>
          </li>
        ))}
      </ul>
      <ConfirmModal
        opened={removing !== null}
        title="Remove this file?"
        confirmLabel="Remove file"
        loading={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing.id, {
            onSuccess: () => {
              notifySuccess(`${removing.filename} removed.`);
              setRemoving(null);
            },
            onError: notifyError,
          });
        }}
      >
        {removing?.filename} is deleted from this entry for everyone. The entry itself stays.
      </ConfirmModal>
    </>
  );
}
