import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { lazyComponent } from '../../../ui/lazy';
import { notifyError, notifySuccess, notifyWarning } from '../../../ui/notify';
import { activityTitle } from '../activity-title';
import { useRemoveEntry } from '../hooks/useEntryChanges';
import { LOGGED_KIND_WORDS, type LoggedKind } from '../logged-entries';
import type { Activity, RecordObject } from '../record-types';

// The editor needs TipTap, loaded with the note form.
const EditEntryModal = lazyComponent(() => import('./EditEntryModal'), 'EditEntryModal', { fallback: null });

interface EntryMenuProps {
  entry: Activity & { type: LoggedKind };
  object: RecordObject;
  recordId: string;
  mayEdit: boolean;
  mayDelete: boolean;
}

/** "Edit" and "Delete" for an entry a member logged by hand, as far as their role allows. */
export function EntryMenu({ entry, object, recordId, mayEdit, mayDelete }: EntryMenuProps) {
  const remove = useRemoveEntry(object, recordId);
  const [editing, setEditing] = useState(false);
  // The dialog comes when the menu first opens, and stays.
  const [editorWanted, setEditorWanted] = useState(false);
  const [deleting, setDeleting] = useState(false);
  // The dialogs open from a menu item, gone once they are open: closed, they give focus back to the
  // menu's button, where the user was.
  const targetRef = useRef<HTMLButtonElement>(null);
  const refocus = () => requestAnimationFrame(() => targetRef.current?.focus());
  const noun = LOGGED_KIND_WORDS[entry.type].noun;
  const title = activityTitle(entry);
  if (!mayEdit && !mayDelete) return null;

  return (
    <>
      <Menu position="bottom-end" withinPortal onOpen={() => setEditorWanted(mayEdit)}>
        <Menu.Target>
          <ActionIcon
            ref={targetRef}
            className="entry-action"
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={`Actions for “${title}”`}
          >
            <IconDots size={14} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {mayEdit && (
            <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
              Edit {noun}
            </Menu.Item>
          )}
          {mayDelete && (
            <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setDeleting(true)}>
              Delete {noun}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {editorWanted && (
        <EditEntryModal
          entry={entry}
          object={object}
          recordId={recordId}
          opened={editing}
          onClose={() => {
            setEditing(false);
            refocus();
          }}
        />
      )}
      <ConfirmModal
        opened={deleting}
        title={`Delete this ${noun}?`}
        confirmLabel={`Delete ${noun}`}
        loading={remove.isPending}
        onClose={() => {
          setDeleting(false);
          refocus();
        }}
        onConfirm={() =>
          remove.mutate(entry, {
            onSuccess: () => {
              setDeleting(false);
              notifySuccess(`${LOGGED_KIND_WORDS[entry.type].tab} deleted.`);
            },
            onError: (error) => {
              setDeleting(false);
              if (!(isApiError(error) && error.status === 412)) return notifyError(error);
              notifyWarning(
                `“${title}” changed meanwhile`,
                'Someone else saved this entry after the history was read. It now shows the entry as it is: delete it again if that still applies.',
              );
            },
          })
        }
      >
        “{title}” leaves the history of everyone it concerns. The audit log keeps a record of it.
      </ConfirmModal>
    </>
  );
}
