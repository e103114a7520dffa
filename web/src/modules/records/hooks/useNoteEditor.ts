import { type Editor, useEditor } from '@tiptap/react';
import { type RefObject, useId, useRef, useState } from 'react';
import { useUserDirectory } from '../../users/hooks/useUserDirectory';
import type { MentionListHandle } from '../components/MentionList';
import { type MentionCandidate, type MentionChoice, mentionCandidates, noteExtensions } from '../note-editor';

/** The open "@" list: where TipTap placed it, what it offers, and how to insert the pick. */
export interface MentionMenu {
  container: HTMLElement;
  items: MentionCandidate[];
  choose: (choice: MentionChoice) => void;
}

/** What NoteEditor shows of the editor: the area, its "@" list, and the ids of its label and hint. */
export interface NoteEditorField {
  editor: Editor | null;
  /** The visible label's id: the editable area is named by it ("Add a note"). */
  labelId: string;
  hintId: string;
  menu: MentionMenu | null;
  listRef: RefObject<MentionListHandle | null>;
}

interface NoteEditorOptions {
  /** Ctrl/Cmd+Enter sends the note. */
  onSubmitShortcut: () => void;
  /** The HTML it starts with: an entry being corrected. */
  content?: string;
}

/**
 * A TipTap editor for notes whose "@" suggestions are the workspace's active members. TipTap's
 * suggestion plugin positions the list (`mount`); React renders into the element it positions.
 */
export function useNoteEditor({ onSubmitShortcut, content }: NoteEditorOptions) {
  const labelId = useId();
  const hintId = useId();
  const directory = useUserDirectory();
  // The editor is built once; its callbacks read the latest members and handlers through refs.
  const membersRef = useRef(directory.data ?? []);
  membersRef.current = directory.data ?? [];
  const submitRef = useRef(onSubmitShortcut);
  submitRef.current = onSubmitShortcut;
  const listRef = useRef<MentionListHandle>(null);
  const [menu, setMenu] = useState<MentionMenu | null>(null);

  const editor = useEditor({
    content,
    extensions: noteExtensions({
      items: ({ query }) => mentionCandidates(membersRef.current, query),
      render: () => {
        let unmount: (() => void) | undefined;
        return {
          onStart: (props) => {
            const container = document.createElement('div');
            container.style.zIndex = 'var(--mantine-z-index-popover)';
            unmount = props.mount(container);
            // TipTap fetches the items after starting; they are at hand, so the list never flashes empty.
            const items = mentionCandidates(membersRef.current, props.query);
            setMenu({ container, items, choose: props.command });
          },
          onUpdate: (props) => {
            if (props.loading) return;
            setMenu((open) => open && { ...open, items: props.items, choose: props.command });
          },
          onKeyDown: ({ event }) => listRef.current?.onKeyDown(event) ?? false,
          onExit: () => {
            unmount?.();
            setMenu(null);
          },
        };
      },
    }),
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-describedby': hintId,
        'aria-autocomplete': 'list',
      },
      handleKeyDown: (_view, event) => {
        if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return false;
        submitRef.current();
        return true;
      },
    },
  });

  const field: NoteEditorField = { editor, labelId, hintId, menu, listRef };
  return { editor, field };
}
