import { Anchor, Text } from '@mantine/core';
import { formatDate, formatDateTime, formatPhone } from '../../../ui/format';
import type { CustomField } from '../record-types';
import { RecordName } from './RecordName';

const dash = (
  <Text span size="sm" c="dimmed">
    —
  </Text>
);

const number = new Intl.NumberFormat();

interface CustomFieldValueProps {
  definition: CustomField;
  value: unknown;
  /** A list cell, one line high: a long text's line breaks become spaces there. */
  oneLine?: boolean;
}

/** A custom field's value as text (links for URLs, e-mails and related records). */
export function CustomFieldValue({ definition, value, oneLine = false }: CustomFieldValueProps) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return dash;
  }
  const label = (v: unknown) => definition.choices?.find((c) => c.value === v)?.label ?? String(v);
  switch (definition.type) {
    case 'boolean':
      return (
        <Text span size="sm">
          {value ? 'Yes' : 'No'}
        </Text>
      );
    case 'date':
      return (
        <Text span size="sm">
          {formatDate(String(value))}
        </Text>
      );
    case 'dateTime':
      return (
        <Text span size="sm">
          {formatDateTime(String(value))}
        </Text>
      );
    case 'currency':
      return (
        <Text span size="sm">
          {new Intl.NumberFormat(undefined, {
            style: 'currency',
            currency: definition.currency ?? 'USD',
          }).format(Number(value))}
        </Text>
      );
    case 'number':
      return (
        <Text span size="sm">
          {number.format(Number(value))}
        </Text>
      );
    case 'longText':
      return (
        <Text span size="sm" style={oneLine ? undefined : { whiteSpace: 'pre-line' }}>
          {String(value)}
        </Text>
      );
    case 'select':
      return (
        <Text span size="sm">
          {label(value)}
        </Text>
      );
    case 'multiSelect':
      return (
        <Text span size="sm">
          {(Array.isArray(value) ? value : [value]).map(label).join(', ')}
        </Text>
      );
    case 'url':
      return (
        <Anchor href={String(value)} target="_blank" rel="noopener noreferrer" size="sm">
          {String(value)}
        </Anchor>
      );
    case 'email':
      return (
        <Anchor href={`mailto:${String(value)}`} size="sm">
          {String(value)}
        </Anchor>
      );
    case 'phone':
      return (
        <Anchor href={`tel:${String(value)}`} size="sm">
          {formatPhone(String(value))}
        </Anchor>
      );
    case 'relation':
      return <RecordName object={definition.target ?? 'people'} id={String(value)} />;
    default:
      return (
        <Text span size="sm">
          {String(value)}
        </Text>
      );
  }
}
