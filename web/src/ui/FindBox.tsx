import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { foldForSearch } from './format';

interface FindBoxProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** How many are found of how many, said under the box while something is typed. */
  found: number;
  total: number;
  /** What is counted, plural: "columns", "values". */
  noun: string;
}

/**
 * A box to narrow a long windowed list by its texts: the rows outside the window are not in the page,
 * so the browser's own find does not reach them. It sits in a form whose Enter would submit it (start
 * an import), so Enter does nothing here.
 */
export function FindBox({ label, value, onChange, found, total, noun }: FindBoxProps) {
  return (
    <TextInput
      label={label}
      placeholder="Part of its name"
      leftSection={<IconSearch size={16} aria-hidden />}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.preventDefault();
      }}
      description={
        value.trim() ? `${found.toLocaleString()} of ${total.toLocaleString()} ${noun}` : undefined
      }
      maw={360}
    />
  );
}

/** The indexes of the texts holding what is typed (case, accents and apostrophes aside); all when nothing is. */
export function indexesFound(texts: readonly string[], typed: string): number[] {
  const wanted = foldForSearch(typed.trim());
  const all = texts.map((_, index) => index);
  return wanted ? all.filter((index) => foldForSearch(texts[index] ?? '').includes(wanted)) : all;
}
