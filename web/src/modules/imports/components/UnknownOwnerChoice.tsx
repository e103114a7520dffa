import { Radio, Stack } from '@mantine/core';
import type { UnknownOwner } from '../import-types';

/** Rows rejected because their owner is not a member (imports.references.ts words it so). */
export const isUnknownOwnerReason = (reason: string) =>
  reason.startsWith('Owner: no active member') || reason.includes('. Owner: no active member');

interface UnknownOwnerChoiceProps {
  value: UnknownOwner;
  onChange: (next: UnknownOwner) => void;
  /** Said instead of the usual description (the fix form's). */
  intro?: string;
}

/**
 * Asked when a column fills the owner: a file from another CRM names its own users, who are often
 * not members here. Their rows are rejected unless the person lets them in without that owner.
 */
export function UnknownOwnerChoice({ value, onChange, intro }: UnknownOwnerChoiceProps) {
  return (
    <Radio.Group
      label="When a row’s owner is not a member of this workspace"
      description={intro ?? 'Owners are matched to members by e-mail address, name or id.'}
      value={value}
      onChange={(next) => onChange(next as UnknownOwner)}
    >
      <Stack gap="xs" mt="xs">
        <Radio
          value="reject"
          label="Reject the row"
          description="Fix it afterwards, or add the owner as a member and import it again."
        />
        <Radio
          value="ignore"
          label="Import the row without that owner"
          description="You own the records it creates; records it updates keep their owner."
        />
      </Stack>
    </Radio.Group>
  );
}
