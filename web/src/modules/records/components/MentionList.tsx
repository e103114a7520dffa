import { Paper, Text, UnstyledButton } from '@mantine/core';
import { type Ref, useEffect, useImperativeHandle, useState } from 'react';
import type { MentionCandidate, MentionChoice } from '../note-editor';

/** The editor forwards its keys while the list is open; true means the list used the key. */
export interface MentionListHandle {
  onKeyDown(event: KeyboardEvent): boolean;
}

interface MentionListProps {
  id: string;
  items: MentionCandidate[];
  onChoose: (choice: MentionChoice) => void;
  /** The editable element, which keeps focus and so carries the combobox state for screen readers. */
  editorElement: HTMLElement;
  ref: Ref<MentionListHandle>;
}

const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

/**
 * The members matching what follows "@". Focus stays in the editor (a combobox pattern): arrows move
 * the highlight, Enter or Tab picks, Escape closes; the editor points at the highlighted option.
 */
export function MentionList({ id, items, onChoose, editorElement, ref }: MentionListProps) {
  const [active, setActive] = useState(0);
  const [shownItems, setShownItems] = useState(items);
  // A new query starts again from the top (state adjusted during render, not in an effect).
  if (shownItems !== items) {
    setShownItems(items);
    setActive(0);
  }
  const current = Math.min(active, Math.max(items.length - 1, 0));

  const activeOption = items.length > 0 ? optionId(id, current) : null;

  useEffect(() => {
    editorElement.setAttribute('aria-controls', id);
    if (activeOption) editorElement.setAttribute('aria-activedescendant', activeOption);
    return () => {
      editorElement.removeAttribute('aria-controls');
      editorElement.removeAttribute('aria-activedescendant');
    };
  }, [editorElement, id, activeOption]);

  const choose = (item: MentionCandidate | undefined) => {
    if (item) onChoose({ id: item.id, label: item.name });
  };

  useImperativeHandle(ref, () => ({
    onKeyDown(event) {
      if (items.length === 0) return false;
      if (event.key === 'ArrowDown') setActive((current + 1) % items.length);
      else if (event.key === 'ArrowUp') setActive((current - 1 + items.length) % items.length);
      else if (event.key === 'Enter' || event.key === 'Tab') choose(items[current]);
      else return false;
      return true;
    },
  }));

  return (
    <Paper shadow="md" withBorder p={4} miw={220} maw={320}>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" px="xs" py={4} role="status">
          No member matches.
        </Text>
      ) : (
        <div role="listbox" id={id} aria-label="Members to mention">
          {items.map((item, index) => (
            <UnstyledButton
              key={item.id}
              id={optionId(id, index)}
              role="option"
              aria-selected={index === current}
              tabIndex={-1}
              display="block"
              w="100%"
              px="xs"
              py={4}
              bg={index === current ? 'var(--mantine-primary-color-light)' : undefined}
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              // Keeps the caret in the editor, where the mention goes.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => choose(item)}
            >
              <Text size="sm" fw={500} component="span" display="block">
                {item.name}
              </Text>
              {/* Grey is too faint on the chosen option's tint: the tint's own text colour there. */}
              <Text
                size="xs"
                c={index === current ? 'var(--mantine-primary-color-light-color)' : 'dimmed'}
                component="span"
                display="block"
              >
                {item.email}
              </Text>
            </UnstyledButton>
          ))}
        </div>
      )}
    </Paper>
  );
}
