import { Button, Group, Stack } from '@mantine/core';
import { useEditorState } from '@tiptap/react';
import { useId, useRef } from 'react';
import { notifySuccess } from '../../../ui/notify';
import { useAddNote } from '../hooks/useAddNote';
import { useNoteEditor } from '../hooks/useNoteEditor';
import type { RecordObject } from '../record-types';
import { NoteEditor } from './NoteEditor';

/** A note in the record's history, written where the history is read: rich text with @mentions. */
export function AddNoteForm({ object, id }: { object: RecordObject; id: string }) {
  const addNote = useAddNote(object, id);
  const formRef = useRef<HTMLFormElement>(null);
  const labelId = useId();
  const hintId = useId();
  const { editor, menu, listRef } = useNoteEditor({
    labelId,
    hintId,
    onSubmitShortcut: () => formRef.current?.requestSubmit(),
  });
  // A mention alone is a note (its text is "@Name"); blank lines are not. TipTap destroys the editor
  // it made while rendering if the form's effects have not run 1 ms later (they wait for the next
  // frame when this form's code has just come), and makes another; until the form renders again with
  // that one, the destroyed editor has no text to read.
  const empty = useEditorState({
    editor,
    selector: ({ editor }) => !editor || editor.isDestroyed || editor.getText().trim() === '',
  });

  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        if (!editor || empty || addNote.isPending) return;
        addNote.mutate(editor.getHTML(), {
          onSuccess: () => {
            editor.commands.clearContent(true);
            notifySuccess('Note added.');
          },
        });
      }}
    >
      <Stack gap="xs">
        <NoteEditor editor={editor} labelId={labelId} hintId={hintId} menu={menu} listRef={listRef} />
        <Group justify="flex-end">
          <Button type="submit" size="xs" disabled={empty} loading={addNote.isPending}>
            Add note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
