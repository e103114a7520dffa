import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { NewCustomFieldModal } from '../../custom-fields/components/NewCustomFieldModal';
import type { CustomField } from '../../custom-fields/custom-field-types';
import { guessFieldType } from '../guess-field-type';
import type { ImportObject } from '../import-types';

interface NewFieldFromColumnProps {
  object: ImportObject;
  column: string;
  /** The column's cells in the preview's rows. */
  values: readonly string[];
  onClose: () => void;
  onCreated: (field: CustomField) => void;
}

/**
 * A custom field for a column no field matches, as HubSpot's importer offers one: labelled with the
 * column's header, of the type its first values suggest, a select's options those values.
 */
export function NewFieldFromColumn({ object, column, values, onClose, onCreated }: NewFieldFromColumnProps) {
  const guess = useMemo(() => guessFieldType(values), [values]);
  return (
    <NewCustomFieldModal
      opened
      objectType={object}
      onClose={onClose}
      onCreated={onCreated}
      initial={{ label: column.trim(), ...guess }}
      intro={
        <Text size="sm" c="dimmed">
          The column “{column}” will fill it. Its type is a guess from the first rows of the file
          {guess.choices
            ? '; so are its options: a row with a value that is not one of them is rejected, so add any missing.'
            : '.'}
        </Text>
      }
    />
  );
}
