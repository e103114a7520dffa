import { Button, Group, Stack } from '@mantine/core';
import { useEditorState } from '@tiptap/react';
import { useId, useRef, useState } from 'react';
import { notifySuccess } from '../../../ui/notify';
import { useAddNote } from '../hooks/useAddNote';
import { useNoteEditor } from '../hooks/useNoteEditor';
import type { RecordObject } from '../record-types';
import { AttachmentPicker } from './AttachmentPicker';
import { notifyNotAttached } from './EntryAttachments';
import { NoteEditor } from './NoteEditor';

/**
 * A note in the record's history, written where the history is read: rich text with @mentions, and
 * files chosen or dropped on it.
 */
export function AddNoteForm({
  object,
  id,
  onAdded,
}: {
  object: RecordObject;
  id: string;
  /** Once the note exists (its files sent or not). */
  onAdded?: () => void;
}) {
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

  const [files, setFiles] = useState<File[]>([]);
  const pickerRef = useRef<((files: File[]) => void) | null>(null);
  const nothing = empty && files.length === 0;

  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        if (!editor || nothing || addNote.isPending) return;
        addNote.mutate(
          { html: empty ? null : editor.getHTML(), files },
          {
            onSuccess: ({ failed }) => {
              editor.commands.clearContent(true);
              setFiles([]);
              onAdded?.();
              if (failed.length === 0) notifySuccess('Note added.');
              notifyNotAttached(failed, 'The note was added');
            },
          },
        );
      }}
      // Files dropped anywhere on the form join the note, as if chosen with "Attach files".
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) event.preventDefault();
      }}
      onDrop={(event) => {
        if (event.dataTransfer.files.length === 0) return;
        event.preventDefault();
        pickerRef.current?.(Array.from(event.dataTransfer.files));
      }}
    >
      <Stack gap="xs">
        <NoteEditor editor={editor} labelId={labelId} hintId={hintId} menu={menu} listRef={listRef} />
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <AttachmentPicker
            files={files}
            onChange={setFiles}
            addRef={pickerRef}
            disabled={addNote.isPending}
          />
          <Button type="submit" size="xs" disabled={nothing} loading={addNote.isPending}>
            Add note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
