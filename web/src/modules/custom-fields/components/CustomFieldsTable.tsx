import { ActionIcon, Badge, Code, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { type CustomField, TYPE_LABELS } from '../custom-field-types';

interface CustomFieldsTableProps {
  fields: readonly CustomField[];
  canDelete: boolean;
  onEdit: (field: CustomField) => void;
  onArchive: (field: CustomField, archived: boolean) => void;
  onPurge: (field: CustomField) => void;
}

export function CustomFieldsTable({ fields, canDelete, onEdit, onArchive, onPurge }: CustomFieldsTableProps) {
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Custom fields">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Field</Table.Th>
            <Table.Th scope="col">Type</Table.Th>
            <Table.Th scope="col" w={120}>
              Status
            </Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field) => (
            <Table.Tr key={field.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {field.label}
                  {field.required && (
                    <Text span c="red" ml={4} aria-label="required">
                      *
                    </Text>
                  )}
                </Text>
                <Code>{field.key}</Code>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{TYPE_LABELS[field.type]}</Text>
                {field.choices && (
                  // A long list of choices is cut on one line (whole in its title), never at the
                  // expense of the status beside it.
                  <Text size="xs" c="dimmed" truncate="end" maw={360} title={choiceList(field.choices)}>
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
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge variant="light" radius="sm" color={field.archivedAt ? 'gray' : 'teal'}>
                  {field.archivedAt ? 'Archived' : 'Active'}
                </Badge>
              </Table.Td>
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
