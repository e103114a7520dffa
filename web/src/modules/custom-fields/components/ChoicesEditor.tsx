import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type Choice, choiceValue } from '../custom-field-types';

/** A choice being edited: `value` is empty until the field is saved, then it never changes. */
export type ChoiceDraft = Choice;

interface ChoicesEditorProps {
  choices: readonly ChoiceDraft[];
  onChange: (choices: ChoiceDraft[]) => void;
  error?: string;
}

/** The options of a select field, one line each; removing one that records use is refused by the API. */
export function ChoicesEditor({ choices, onChange, error }: ChoicesEditorProps) {
  const setLabel = (index: number, label: string) =>
    onChange(choices.map((choice, i) => (i === index ? { ...choice, label } : choice)));

  return (
    <Input.Wrapper
      label="Options"
      description="What people can pick from. Renaming keeps the records that use an option."
      error={error}
      required
    >
      <Stack gap="xs" mt={6}>
        {choices.map((choice, index) => (
          // Choices have no id until saved: the position is their identity while editing.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={index} gap="xs" wrap="nowrap">
            <TextInput
              aria-label={`Option ${index + 1}`}
              value={choice.label}
              onChange={(event) => setLabel(index, event.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove option ${index + 1}${choice.label ? ` (${choice.label})` : ''}`}
              onClick={() => onChange(choices.filter((_, i) => i !== index))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onChange([...choices, { value: '', label: '' }])}
          >
            Add option
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}

/** The choices to send: blank lines dropped, new ones given a value derived from their label. */
export function choicesToSave(drafts: readonly ChoiceDraft[]): Choice[] {
  const kept = drafts
    .map((draft) => ({ value: draft.value, label: draft.label.trim() }))
    .filter((draft) => draft.label !== '');
  const taken = new Set(kept.map((choice) => choice.value).filter(Boolean));
  return kept.map((choice) => {
    if (choice.value) return choice;
    const value = choiceValue(choice.label, taken);
    taken.add(value);
    return { value, label: choice.label };
  });
}
