import { Loader, Modal, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { NewCustomFieldModal } from '../../custom-fields/components/NewCustomFieldModal';
import type { CustomField } from '../../custom-fields/custom-field-types';
import { choicesFromFile, type FieldGuess, guessFieldType, looksLikeIdColumn } from '../guess-field-type';
import { columnValuesQuery } from '../hooks/useColumnValues';
import type { ReadingChoice } from '../hooks/useImportPreview';
import type { ImportObject } from '../import-types';

interface NewFieldFromColumnProps {
  importId: string;
  object: ImportObject;
  column: string;
  /** The column's cells in the preview's rows. */
  values: readonly string[];
  /** How the file reads (encoding, delimiter), for the column's values from the whole file. */
  reading: ReadingChoice;
  onClose: () => void;
  onCreated: (field: CustomField) => void;
}

/**
 * A custom field for a column no field matches, as HubSpot's importer offers one: labelled with the
 * column's header, of the type its first values suggest. A select's options are the column's texts
 * read from the whole file, so that no row further down is rejected for a value the preview missed.
 */
export function NewFieldFromColumn(props: NewFieldFromColumnProps) {
  const { importId, object, column, values, reading, onClose, onCreated } = props;
  // Another system's IDs are proposed as a unique text field: a re-import then finds records by them.
  const id = useMemo(() => looksLikeIdColumn(column, values), [column, values]);
  const guess = useMemo((): FieldGuess => (id ? { type: 'text' } : guessFieldType(values)), [id, values]);
  const texts = useQuery({
    ...columnValuesQuery(importId, column, undefined, reading),
    enabled: guess.type === 'select',
  });
  const title = `New field for ${object}`;
  // The form takes its start once: it opens when the whole column has been read.
  if (guess.type === 'select' && texts.isPending)
    return (
      <Modal opened onClose={onClose} title={title} centered>
        <Loader size="sm" aria-label={`Reading the values of “${column}”`} />
      </Modal>
    );
  const fromFile = texts.data ? choicesFromFile(texts.data) : undefined;
  const options = fromFile
    ? `; its options are the column’s ${fromFile.length} values, read from the whole file.`
    : guess.choices
      ? '; so are its options: a row with a value that is not one of them is rejected, so add any missing.'
      : '.';
  const detail = id
    ? 'It looks like another system’s IDs, so it is proposed unique: a later import of the same export can find these records by it.'
    : `Its type is a guess from the first rows of the file${options}`;
  return (
    <NewCustomFieldModal
      opened
      objectType={object}
      onClose={onClose}
      onCreated={onCreated}
      initial={{ label: column.trim(), ...guess, ...(fromFile ? { choices: fromFile } : {}), unique: id }}
      intro={
        <Text size="sm" c="dimmed">
          The column “{column}” will fill it. {detail}
        </Text>
      }
    />
  );
}
