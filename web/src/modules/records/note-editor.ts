import { Link } from '@mantine/tiptap';
import type { AnyExtension } from '@tiptap/core';
import Mention, { type MentionNodeAttrs } from '@tiptap/extension-mention';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import type { SuggestionOptions } from '@tiptap/suggestion';
import type { User } from '../../api/types';

/** Someone a note can mention: an active member of the workspace. */
export type MentionCandidate = Pick<User, 'id' | 'name' | 'email'>;

const MAX_SUGGESTIONS = 8;

/** Shown inside the empty editor (Mantine's RichTextEditor styles TipTap's `is-editor-empty`). */
export const NOTE_PLACEHOLDER = 'Write a note… Type @ to mention a colleague';

/** The members whose name or e-mail contains what was typed after "@", best (prefix) matches first. */
export function mentionCandidates(members: readonly User[], query: string): MentionCandidate[] {
  const q = query.trim().toLowerCase();
  return members
    .filter((m) => m.status === 'active')
    .filter((m) => q === '' || m.name.toLowerCase().includes(q) || m.email.toLowerCase().includes(q))
    .sort((a, b) => Number(!a.name.toLowerCase().startsWith(q)) - Number(!b.name.toLowerCase().startsWith(q)))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ id, name, email }) => ({ id, name, email }));
}

/**
 * The server keeps a mention only as `<span data-mention="userId">@Name</span>` (timeline.rules.ts:
 * sanitizeNote, mentionsOf), so the node renders exactly that and reads it back from pasted notes.
 */
const NoteMention = Mention.extend({
  parseHTML() {
    return [
      {
        tag: 'span[data-mention]',
        getAttrs: (element) => ({
          id: element.getAttribute('data-mention'),
          label: element.textContent?.replace(/^@/, '') ?? null,
        }),
      },
    ];
  },
});

/** What the suggestion list hands back: Mention's own command inserts a node with these attributes. */
export type MentionChoice = MentionNodeAttrs;
type MentionSuggestion = Omit<SuggestionOptions<MentionCandidate, MentionChoice>, 'editor'>;

/**
 * What a note may hold: only what `sanitizeNote` keeps (paragraphs, bold, italic, strike, underline,
 * lists, links, blockquote, code, h2/h3), so what is written is what is saved.
 */
export function noteExtensions(suggestion: MentionSuggestion): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      horizontalRule: false,
      // Mantine's Link below adds the Mod+K shortcut that opens its link editor.
      link: false,
    }),
    Link.configure({ openOnClick: false, autolink: true, defaultProtocol: 'https' }),
    NoteMention.configure({
      renderHTML: ({ node }) => ['span', { 'data-mention': node.attrs.id }, `@${node.attrs.label ?? ''}`],
      renderText: ({ node }) => `@${node.attrs.label ?? ''}`,
      suggestion,
    }),
    Placeholder.configure({ placeholder: NOTE_PLACEHOLDER }),
  ];
}
