import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEditorState } from '@tiptap/react';
import { useLayoutEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { FormError } from '../../../ui/FormError';
import { FormModal, FormModalActions } from '../../../ui/FormModal';
import { toLocalDateTimeInput } from '../../../ui/format';
import { notifySuccess, problemMessage } from '../../../ui/notify';
import { showStaleEdit } from '../../../ui/useVersionedEdit';
import { type EntryCorrection, useCorrectEntry } from '../hooks/useEntryChanges';
import { useNoteEditor } from '../hooks/useNoteEditor';
import { LOGGED_KIND_WORDS, type LoggedKind, plainTextHtml } from '../logged-entries';
import type { Activity, RecordObject } from '../record-types';
import { NoteEditor } from './NoteEditor';

interface EditEntryModalProps {
  entry: Activity & { type: LoggedKind };
  object: RecordObject;
  recordId: string;
  opened: boolean;
  onClose: () => void;
}

/**
 * Corrects a note, call, meeting or e-mail a member logged: its text (colleagues newly mentioned are
 * notified), and for an interaction when it happened and its subject. Each opening starts from the
 * entry as then shown.
 */
export function EditEntryModal({ entry, object, recordId, opened, onClose }: EditEntryModalProps) {
  const [dirty, setDirty] = useState(false);
  const close = () => {
    setDirty(false);
    onClose();
  };
  return (
    <FormModal
      opened={opened}
      onClose={close}
      dirty={dirty}
      title={`Edit ${LOGGED_KIND_WORDS[entry.type].noun}`}
      size="lg"
      // The menu item it opened from is gone: the menu gives focus back to its own button.
      returnFocus={false}
    >
      <EditEntryForm
        entry={entry}
        object={object}
        recordId={recordId}
        onDirtyChange={setDirty}
        onSaved={close}
      />
    </FormModal>
  );
}

interface EditEntryFormProps extends Pick<EditEntryModalProps, 'entry' | 'object' | 'recordId'> {
  onDirtyChange: (dirty: boolean) => void;
  onSaved: () => void;
}

function EditEntryForm({ entry, object, recordId, onDirtyChange, onSaved }: EditEntryFormProps) {
  const correct = useCorrectEntry(object, recordId);
  const formRef = useRef<HTMLFormElement>(null);
  const [start] = useState(() => ({
    html: entry.bodyHtml ?? (entry.body ? plainTextHtml(entry.body) : ''),
    when: toLocalDateTimeInput(entry.occurredAt),
    subject: entry.subject ?? '',
  }));
  const { editor, field } = useNoteEditor({
    onSubmitShortcut: () => formRef.current?.requestSubmit(),
    content: start.html,
  });
  // What the editor holds ('' when blank); null until it exists. The first reading is the baseline,
  // as the editor writes it: the HTML it was given may be spelt otherwise.
  const html = useEditorState({
    editor,
    selector: ({ editor }) =>
      !editor || editor.isDestroyed ? null : editor.getText().trim() === '' ? '' : editor.getHTML(),
  });
  const baseline = useRef<string | null>(null);
  if (baseline.current === null && html !== null) baseline.current = html;
  const [when, setWhen] = useState(start.when);
  const [subject, setSubject] = useState(start.subject);
  const [formError, setFormError] = useState<string>();
  const isNote = entry.type === 'note';

  const change: EntryCorrection = {
    ...(html !== null && html !== baseline.current ? { bodyHtml: html || null } : {}),
    ...(subject !== start.subject ? { subject: subject.trim() || null } : {}),
    ...(when !== start.when && when ? { occurredAt: new Date(when).toISOString() } : {}),
  };
  const dirty = Object.keys(change).length > 0 || when !== start.when;
  // Before the browser gets the next key: an Escape right after typing finds the dialog dirty.
  useLayoutEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        if (!when) return setFormError('Say when it happened.');
        if (isNote && change.bodyHtml === null && entry.attachments.length === 0)
          return setFormError('A note needs some text. To remove it, delete it.');
        if (Object.keys(change).length === 0) return onSaved();
        setFormError(undefined);
        correct.mutate(
          { entry, change },
          {
            onSuccess: () => {
              notifySuccess(`${LOGGED_KIND_WORDS[entry.type].tab} saved.`);
              onSaved();
            },
            onError: (error) => {
              if (showStaleEdit(error, { setFormError }, LOGGED_KIND_WORDS[entry.type].noun, () => undefined))
                return;
              setFormError(isApiError(error) ? problemMessage(error) : String(error));
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, xs: isNote ? 1 : 2 }} spacing="sm">
          <TextInput
            label="When"
            type="datetime-local"
            required
            value={when}
            onChange={(event) => setWhen(event.currentTarget.value)}
          />
          {!isNote && (
            <TextInput
              label="Subject"
              maxLength={1000}
              value={subject}
              onChange={(event) => setSubject(event.currentTarget.value)}
            />
          )}
        </SimpleGrid>
        <NoteEditor
          field={field}
          label={isNote ? 'Note' : 'What was said'}
          hint="Type @ to mention a colleague: those newly mentioned are notified. Ctrl+Enter saves."
        />
        <FormModalActions submit="Save changes" pending={correct.isPending} />
      </Stack>
    </form>
  );
}
