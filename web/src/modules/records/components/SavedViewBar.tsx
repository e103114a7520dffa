import { Badge, Button, Menu, Select } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconDeviceFloppy } from '@tabler/icons-react';
import { notifySuccess } from '../../../ui/notify';
import { useSession } from '../../account/hooks/useSession';
import { useDeleteSavedView } from '../hooks/useDeleteSavedView';
import { useSavedViews } from '../hooks/useSavedViews';
import { useSaveView, type ViewContent } from '../hooks/useSaveView';
import type { RecordObject, SavedView } from '../record-types';
import { SaveViewModal } from './SaveViewModal';
import '../list-toolbar.css';

interface SavedViewBarProps {
  object: RecordObject;
  allLabel: string;
  current: SavedView | null;
  changed: boolean;
  content: ViewContent;
  onPick: (view: SavedView | null) => void;
}

const sharingNotice = (view: SavedView) =>
  view.shared
    ? `View “${view.name}” shared: everyone in the workspace finds it under View.`
    : `View “${view.name}” is yours alone again.`;

/**
 * Picks a saved view, saves the list as a new one or over yours, shares or deletes yours. Its parts
 * sit straight in the list's toolbar, so the picker can give up width to keep the toolbar on one line.
 */
export function SavedViewBar({ object, allLabel, current, changed, content, onPick }: SavedViewBarProps) {
  const me = useSession();
  const views = useSavedViews(object);
  const saveView = useSaveView(object);
  const deleteView = useDeleteSavedView(object);
  const [naming, { open: openNaming, close: closeNaming }] = useDisclosure(false);
  const mine = (views.data ?? []).filter((v) => v.ownerId === me.user.id);
  const shared = (views.data ?? []).filter((v) => v.ownerId !== me.user.id);
  const mayChange = current !== null && (current.ownerId === me.user.id || me.role === 'admin');
  const options = [
    {
      group: 'Your views',
      items: mine.map((v) => ({ value: v.id, label: v.shared ? `${v.name} (shared)` : v.name })),
    },
    { group: 'Shared with you', items: shared.map((v) => ({ value: v.id, label: v.name })) },
  ].filter((group) => group.items.length > 0);

  return (
    <>
      <Select
        className="view-picker"
        label="View"
        placeholder={allLabel}
        data={options}
        value={current?.id ?? null}
        onChange={(id) => onPick((views.data ?? []).find((v) => v.id === id) ?? null)}
        clearable
        searchable
        nothingFoundMessage="No saved view by that name"
        w={{ base: '100%', xs: 'auto' }}
      />
      {changed && current && (
        <Badge variant="light" color="yellow" mb={8}>
          Changed
        </Badge>
      )}
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
          >
            Save view
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {mayChange && current && (
            <Menu.Item
              disabled={!changed}
              onClick={() =>
                saveView.mutate(
                  { kind: 'update', id: current.id, content },
                  { onSuccess: (view) => notifySuccess(`View “${view.name}” saved.`) },
                )
              }
            >
              Save changes to “{current.name}”
            </Menu.Item>
          )}
          <Menu.Item onClick={openNaming}>Save as new view…</Menu.Item>
          {mayChange && current && (
            // A view saved private can be shared later, and the other way, without saving it anew.
            <Menu.Item
              onClick={() =>
                saveView.mutate(
                  { kind: 'share', id: current.id, shared: !current.shared },
                  { onSuccess: (view) => notifySuccess(sharingNotice(view)) },
                )
              }
            >
              {current.shared
                ? `Stop sharing “${current.name}”`
                : `Share “${current.name}” with the workspace`}
            </Menu.Item>
          )}
          {mayChange && current && (
            <Menu.Item
              color="red"
              onClick={() =>
                deleteView.mutate(current.id, {
                  onSuccess: () => {
                    notifySuccess(`View “${current.name}” deleted.`);
                    onPick(null);
                  },
                })
              }
            >
              Delete “{current.name}”
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <SaveViewModal
        opened={naming}
        onClose={closeNaming}
        saving={saveView.isPending}
        onSave={(input, callbacks) =>
          saveView.mutate(
            { kind: 'create', ...input, content },
            {
              onSuccess: (view) => {
                callbacks.onSuccess(view);
                onPick(view);
              },
              onError: callbacks.onError,
            },
          )
        }
      />
    </>
  );
}
