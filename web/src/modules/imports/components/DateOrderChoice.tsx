import { Radio, Stack } from '@mantine/core';
import type { DateOrder, DateOrderEvidence } from '../date-order';

/** 'ask': no order said; a date that could be either is rejected, its reason naming both readings. */
export type DateOrderAnswer = DateOrder | 'ask';

interface DateOrderChoiceProps {
  /** The date columns whose previewed cells write day and month as numbers. */
  columns: string[];
  evidence: DateOrderEvidence;
  value: DateOrderAnswer;
  onChange: (answer: DateOrderAnswer) => void;
  /** Said instead of the usual description (the fix form's). */
  intro?: string;
}

/**
 * Asked only when a column going into a date field writes day and month as numbers: "05/12/2023" is
 * 5 December in Europe and May 12 in the United States, and no file says which it means.
 */
export function DateOrderChoice({ columns, evidence, value, onChange, intro }: DateOrderChoiceProps) {
  const where =
    columns.length === 0
      ? 'this file'
      : columns.length === 1
        ? `“${columns[0]}”`
        : columns.map((c) => `“${c}”`).join(', ');
  const { dayFirst, monthFirst } = evidence.proofs;
  // Proofs of both orders: the file is wrong in some rows; the person still says which way most are.
  const told =
    dayFirst && monthFirst
      ? `; this file has both kinds (${dayFirst}, ${monthFirst})`
      : dayFirst
        ? ` (${dayFirst} can only be day first)`
        : monthFirst
          ? ` (${monthFirst} can only be month first)`
          : '';
  const refused = (proof: string | undefined) =>
    proof ? `Dates only the other order reads, such as ${proof}, are rejected.` : undefined;
  return (
    <Radio.Group
      label={`How are dates such as 05/12/2023 written in ${where}?`}
      description={
        intro ?? `Dates written as numbers read differently in Europe and in the United States${told}.`
      }
      value={value}
      onChange={(next) => onChange(next as DateOrderAnswer)}
    >
      <Stack gap="xs" mt="xs">
        <Radio
          value="dayFirst"
          label="Day first: 05/12/2023 is 5 December 2023"
          description={refused(monthFirst)}
        />
        <Radio
          value="monthFirst"
          label="Month first: 05/12/2023 is May 12, 2023"
          description={refused(dayFirst)}
        />
        <Radio
          value="ask"
          label="Not sure: reject the dates that could be either"
          description="Each rejected row names both readings; fix them afterwards."
        />
      </Stack>
    </Radio.Group>
  );
}
