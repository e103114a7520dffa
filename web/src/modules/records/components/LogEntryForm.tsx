import { Button, Group, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState } from 'react';
import { notifySuccess } from '../../../ui/notify';
import { useLogEntry } from '../hooks/useLogEntry';
import { useNoteEditor } from '../hooks/useNoteEditor';
import {
  DIRECTION_CHOICES,
  LOGGED_KIND_WORDS,
  LOGGED_KINDS,
  type LoggedDirection,
  type LoggedKind,
} from '../logged-entries';
import type { RecordObject } from '../record-types';
import { AttachmentPicker } from './AttachmentPicker';
import { notifyNotAttached } from './EntryAttachments';
import { NoteEditor } from './NoteEditor';
import { RecordPicker } from './RecordPicker';

const KIND_TABS = LOGGED_KINDS.map((kind) => ({ value: kind, label: LOGGED_KIND_WORDS[kind].tab }));

/**
 * Written where the history is read: a note (rich text with @mentions), or a call, meeting or e-mail
 * had outside Rapport, logged with its direction, when it happened and what it was about; files chosen
 * or dropped on the form go with it.
 */
export function LogEntryForm({
  object,
  id,
  onAdded,
}: {
  object: RecordObject;
  id: string;
  /** Once the entry exists (its files sent or not), with its kind. */
  onAdded?: (kind: LoggedKind) => void;
}) {
  const logEntry = useLogEntry(object, id);
  const formRef = useRef<HTMLFormElement>(null);
  const { editor, field } = useNoteEditor({
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

  const [kind, setKind] = useState<LoggedKind>('note');
  const [direction, setDirection] = useState<LoggedDirection>('outbound');
  const [when, setWhen] = useState('');
  const [subject, setSubject] = useState('');
  const [withPersonId, setWithPersonId] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const pickerRef = useRef<((files: File[]) => void) | null>(null);
  // A note is what it says; a call had is worth logging with nothing written about it.
  const nothing = kind === 'note' && empty && files.length === 0;
  const words = LOGGED_KIND_WORDS[kind];
  const directions = DIRECTION_CHOICES[kind];

  return (
    <form
      ref={formRef}
      aria-label="Add to the history"
      onSubmit={(event) => {
        event.preventDefault();
        if (!editor || nothing || logEntry.isPending) return;
        const html = empty ? null : editor.getHTML();
        const entry = { kind, direction, when, subject, html, withPersonId };
        logEntry.mutate(
          { entry, files },
          {
            onSuccess: ({ failed }) => {
              editor.commands.clearContent(true);
              setFiles([]);
              setSubject('');
              setWhen('');
              setWithPersonId(null);
              onAdded?.(kind);
              const done = kind === 'note' ? 'Note added.' : `${words.tab} logged.`;
              if (failed.length === 0) notifySuccess(done);
              notifyNotAttached(
                failed,
                kind === 'note' ? 'The note was added' : `The ${words.noun} was logged`,
              );
            },
          },
        );
      }}
      // Files dropped anywhere on the form join the entry, as if chosen with "Attach files".
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
        <Group justify="space-between" gap="xs">
          <SegmentedControl
            aria-label="What to add"
            size="xs"
            data={KIND_TABS}
            value={kind}
            onChange={(next) => setKind(next as LoggedKind)}
          />
          {directions && (
            <SegmentedControl
              aria-label="Direction"
              size="xs"
              data={directions}
              value={direction}
              onChange={(next) => setDirection(next as LoggedDirection)}
            />
          )}
        </Group>
        {kind !== 'note' && (
          <SimpleGrid cols={{ base: 1, xs: object === 'companies' ? 3 : 2 }} spacing="xs">
            <TextInput
              label="When"
              description="Empty: now."
              size="xs"
              type="datetime-local"
              value={when}
              onChange={(event) => setWhen(event.currentTarget.value)}
            />
            <TextInput
              label="Subject"
              description="What it was about."
              size="xs"
              maxLength={1000}
              value={subject}
              onChange={(event) => setSubject(event.currentTarget.value)}
            />
            {object === 'companies' && (
              <RecordPicker
                object="people"
                label="With"
                description="Their last contact, too."
                size="xs"
                value={withPersonId}
                onChange={setWithPersonId}
              />
            )}
          </SimpleGrid>
        )}
        <NoteEditor
          field={field}
          label={kind === 'note' ? 'Add a note' : 'What was said'}
          hint={
            kind === 'note'
              ? undefined
              : `Type @ to mention a colleague, who is notified. Drop files here to attach them. Ctrl+Enter logs the ${words.noun}.`
          }
        />
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <AttachmentPicker
            files={files}
            onChange={setFiles}
            addRef={pickerRef}
            disabled={logEntry.isPending}
          />
          <Button type="submit" size="xs" disabled={nothing} loading={logEntry.isPending}>
            {words.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
