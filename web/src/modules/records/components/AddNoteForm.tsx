import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { notifySuccess } from '../../../ui/notify';
import { useAddNote } from '../hooks/useAddNote';
import type { RecordObject } from '../record-types';

/** A note in the record's history, written where the history is read. */
export function AddNoteForm({ object, id }: { object: RecordObject; id: string }) {
  const addNote = useAddNote(object, id);
  const [text, setText] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        addNote.mutate(text.trim(), {
          onSuccess: () => {
            setText('');
            notifySuccess('Note added.');
          },
        });
      }}
    >
      <Stack gap="xs">
        <Textarea
          label="Add a note"
          placeholder="What was said, what comes next…"
          autosize
          minRows={2}
          maxRows={8}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" size="xs" disabled={text.trim() === ''} loading={addNote.isPending}>
            Add note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
