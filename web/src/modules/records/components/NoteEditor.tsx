import { Text } from '@mantine/core';
import { RichTextEditor } from '@mantine/tiptap';
import { useId } from 'react';
import { createPortal } from 'react-dom';
import type { NoteEditorField } from '../hooks/useNoteEditor';
import '../notes.css';
import { MentionList } from './MentionList';

interface NoteEditorProps {
  /** What useNoteEditor made. */
  field: NoteEditorField;
  /** What the editor is called: "Add a note", "What was said". */
  label?: string;
  /** The line below it; the default speaks of adding a note with files dropped on it. */
  hint?: string;
}

const ADD_NOTE_HINT =
  'Type @ to mention a colleague, who is notified. Drop files here to attach them. Ctrl+Enter adds the note.';

const LABELS = { orderedListControlLabel: 'Numbered list', bulletListControlLabel: 'Bulleted list' };

/** Mantine's rich-text editor with the formatting a note keeps, and the "@" member list. */
export function NoteEditor({ field, label = 'Add a note', hint = ADD_NOTE_HINT }: NoteEditorProps) {
  const { editor, labelId, hintId, menu, listRef } = field;
  const listId = useId();
  return (
    <div>
      <Text id={labelId} component="div" size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <RichTextEditor editor={editor} labels={LABELS} className="note-editor">
        <RichTextEditor.Toolbar role="group" aria-label="Formatting">
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content />
      </RichTextEditor>
      <Text id={hintId} size="xs" c="dimmed" mt={4}>
        {hint}
      </Text>
      {menu &&
        editor &&
        createPortal(
          <MentionList
            ref={listRef}
            id={listId}
            items={menu.items}
            onChoose={menu.choose}
            editorElement={editor.view.dom}
          />,
          menu.container,
        )}
    </div>
  );
}
