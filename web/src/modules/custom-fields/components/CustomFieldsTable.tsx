import { ActionIcon, Badge, Code, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useNarrowerThan } from '../../../ui/useNarrowerThan';
import { type CustomField, TYPE_LABELS } from '../custom-field-types';

interface CustomFieldsTableProps {
  fields: readonly CustomField[];
  canDelete: boolean;
  onEdit: (field: CustomField) => void;
  onArchive: (field: CustomField, archived: boolean) => void;
  onPurge: (field: CustomField) => void;
}

/**
 * The fields of one kind of record. In a narrow box the type and status go under the field's name, so
 * its name, type, status and actions are all in sight at 390 px without scrolling sideways.
 */
export function CustomFieldsTable({ fields, canDelete, onEdit, onArchive, onPurge }: CustomFieldsTableProps) {
  const [box, compact] = useNarrowerThan<HTMLDivElement>(600);
  return (
    <Table.ScrollContainer ref={box} minWidth={0}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Custom fields">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Field</Table.Th>
            {!compact && <Table.Th scope="col">Type</Table.Th>}
            {!compact && (
              <Table.Th scope="col" w={120}>
                Status
              </Table.Th>
            )}
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field) => (
            <Table.Tr key={field.id} style={compact ? { verticalAlign: 'top' } : undefined}>
              <Table.Td style={compact ? { overflowWrap: 'anywhere' } : undefined}>
                <Text size="sm" fw={500}>
                  {field.label}
                  {field.required && (
                    <Text span c="red" ml={4} aria-label="required">
                      *
                    </Text>
                  )}
                  {field.unique && (
                    <Badge ml={6} size="xs" variant="light" color="grape">
                      Unique
                    </Badge>
                  )}
                </Text>
                <Code>{field.key}</Code>
                {compact && (
                  <>
                    <Group gap="xs" mt={6}>
                      <Text size="sm">{TYPE_LABELS[field.type]}</Text>
                      <StatusBadge field={field} />
                    </Group>
                    <TypeDetails field={field} compact />
                  </>
                )}
              </Table.Td>
              {!compact && (
                <Table.Td>
                  <Text size="sm">{TYPE_LABELS[field.type]}</Text>
                  <TypeDetails field={field} compact={false} />
                </Table.Td>
              )}
              {!compact && (
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <StatusBadge field={field} />
                </Table.Td>
              )}
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <FieldAction label={`Edit ${field.label}`} onClick={() => onEdit(field)}>
                    <IconPencil size={18} />
                  </FieldAction>
                  {field.archivedAt ? (
                    <FieldAction label={`Restore ${field.label}`} onClick={() => onArchive(field, false)}>
                      <IconArrowBackUp size={18} />
                    </FieldAction>
                  ) : (
                    <FieldAction label={`Archive ${field.label}`} onClick={() => onArchive(field, true)}>
                      <IconArchive size={18} />
                    </FieldAction>
                  )}
                  {field.archivedAt && canDelete && (
                    <FieldAction label={`Delete ${field.label}`} color="red" onClick={() => onPurge(field)}>
                      <IconTrash size={18} />
                    </FieldAction>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function StatusBadge({ field }: { field: CustomField }) {
  return (
    <Badge variant="light" radius="sm" color={field.archivedAt ? 'gray' : 'teal'}>
      {field.archivedAt ? 'Archived' : 'Active'}
    </Badge>
  );
}

/** A select's choices, a currency's code, a link's target: under the type's name. */
function TypeDetails({ field, compact }: { field: CustomField; compact: boolean }) {
  return (
    <>
      {field.choices && (
        // A long list of choices is cut (whole in its title), never at the expense of the status
        // beside it: on one line in a wide table, on two in a narrow one, under the field's name.
        <Text
          size="xs"
          c="dimmed"
          title={choiceList(field.choices)}
          {...(compact ? { lineClamp: 2 } : { truncate: 'end' as const, maw: 360 })}
        >
          {choiceList(field.choices)}
        </Text>
      )}
      {field.currency && (
        <Text size="xs" c="dimmed">
          {field.currency}
        </Text>
      )}
      {field.target && (
        <Text size="xs" c="dimmed">
          to {field.target}
        </Text>
      )}
    </>
  );
}

interface FieldActionProps {
  label: string;
  color?: string;
  onClick: () => void;
  children: ReactNode;
}

function FieldAction({ label, color = 'gray', onClick, children }: FieldActionProps) {
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="subtle" color={color} onClick={onClick} aria-label={label}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

const choiceList = (choices: readonly { label: string }[]) =>
  choices.map((choice) => choice.label).join(', ');
