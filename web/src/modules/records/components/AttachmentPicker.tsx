import { Button, CloseButton, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { type RefObject, useRef, useState } from 'react';
import { formatBytes } from '../../../ui/format';
import { sortChosen } from '../attachments';

interface AttachmentPickerProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
  disabled?: boolean;
  /** Set to the picker's way of adding files, for files dropped on the form around it. */
  addRef?: RefObject<((files: File[]) => void) | null>;
}

const fileKey = (file: File) => `${file.name}\u0000${file.size}\u0000${file.lastModified}`;

/** Files to send with a note: chosen or dropped, each shown with its size and removable before sending. */
export function AttachmentPicker({ files, onChange, disabled, addRef }: AttachmentPickerProps) {
  const resetRef = useRef<() => void>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const add = (chosen: readonly File[]) => {
    const { accepted, refused } = sortChosen(chosen);
    // The same file chosen twice is attached once.
    const taken = new Set(files.map(fileKey));
    const added = accepted.filter((file) => !taken.has(fileKey(file)));
    onChange([...files, ...added]);
    setProblems(refused);
    // Cleared, the input reports a file chosen again after it was taken off the list.
    resetRef.current?.();
  };
  if (addRef) addRef.current = add;

  return (
    <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
      {files.length > 0 && (
        <ul aria-label="Files to attach" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {files.map((file) => (
            <li key={fileKey(file)}>
              <Group gap={6} wrap="nowrap">
                <IconPaperclip size={14} aria-hidden />
                <Text size="sm" truncate>
                  {file.name}
                </Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatBytes(file.size)}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={`Do not attach ${file.name}`}
                  disabled={disabled}
                  onClick={() => onChange(files.filter((other) => other !== file))}
                />
              </Group>
            </li>
          ))}
        </ul>
      )}
      {problems.map((problem) => (
        <Text key={problem} size="xs" c="red" role="alert">
          {problem}
        </Text>
      ))}
      <FileButton
        multiple
        onChange={add}
        resetRef={resetRef}
        disabled={disabled}
        inputProps={{ 'aria-label': 'Choose files to attach' }}
      >
        {(props) => (
          <Button
            {...props}
            variant="subtle"
            size="xs"
            leftSection={<IconPaperclip size={14} />}
            disabled={disabled}
            style={{ alignSelf: 'flex-start' }}
          >
            Attach files
          </Button>
        )}
      </FileButton>
    </Stack>
  );
}
