import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { humanize } from '../../../ui/format';

export interface ContactEntry {
  value: string;
  type: string;
}

interface OtherContactsInputProps {
  /** "e-mail" or "phone": names the rows ("Other e-mail 2") and the button. */
  noun: string;
  types: readonly string[];
  defaultType: string;
  inputType: 'email' | 'tel';
  entries: readonly ContactEntry[];
  onChange: (entries: ContactEntry[]) => void;
  error?: string | undefined;
}

/**
 * A person's e-mails or phones after the primary one, each with its type: a form that showed only
 * the primary would hide the others from whoever edits the person, and could not remove one.
 */
export function OtherContactsInput({
  noun,
  types,
  defaultType,
  inputType,
  entries,
  onChange,
  error,
}: OtherContactsInputProps) {
  const change = (index: number, entry: Partial<ContactEntry>) =>
    onChange(entries.map((e, i) => (i === index ? { ...e, ...entry } : e)));
  return (
    <Stack gap={6}>
      {entries.map((entry, i) => {
        const name = `Other ${noun} ${i + 1}`;
        return (
          // Rows have no identity but their place; editing one never reorders the others.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={name}
              placeholder={name}
              type={inputType}
              value={entry.value}
              onChange={(event) => change(i, { value: event.currentTarget.value })}
              style={{ flex: 1 }}
            />
            <Select
              aria-label={`Type of ${name.toLowerCase()}`}
              data={types.map((type) => ({ value: type, label: humanize(type) }))}
              value={entry.type}
              onChange={(type) => type && change(i, { type })}
              allowDeselect={false}
              w={110}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove ${name.toLowerCase()}`}
              onClick={() => onChange(entries.filter((_, j) => j !== i))}
            >
              <IconX size={16} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => onChange([...entries, { value: '', type: defaultType }])}
        style={{ alignSelf: 'flex-start' }}
      >
        Add another {noun}
      </Button>
    </Stack>
  );
}
