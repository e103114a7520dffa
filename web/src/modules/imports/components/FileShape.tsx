import { Group, Select, Table, Text } from '@mantine/core';
import type { Delimiter, ImportPreview } from '../import-types';

const DELIMITERS: { value: Delimiter; label: string }[] = [
  { value: ',', label: 'Comma ( , )' },
  { value: ';', label: 'Semicolon ( ; )' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Pipe ( | )' },
];
// The encodings other CRMs and spreadsheets write; iconv on the server knows many more.
const ENCODINGS = ['utf-8', 'windows-1252', 'iso-8859-1', 'iso-8859-15', 'utf-16le', 'utf-16be', 'mac-roman'];
const SAMPLE_ROWS = 5;

interface FileShapeProps {
  preview: ImportPreview;
  isCsv: boolean;
  onEncoding: (encoding: string) => void;
  onDelimiter: (delimiter: Delimiter) => void;
}

/** How the file reads: the detected encoding and delimiter (changeable) and its first rows. */
export function FileShape({ preview, isCsv, onEncoding, onDelimiter }: FileShapeProps) {
  const encodings = ENCODINGS.includes(preview.encoding) ? ENCODINGS : [preview.encoding, ...ENCODINGS];
  return (
    <>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label="Encoding"
          description="Detected; change it if accents look wrong."
          data={encodings}
          value={preview.encoding}
          onChange={(next) => next && onEncoding(next)}
          allowDeselect={false}
          w={{ base: '100%', xs: 220 }}
        />
        {isCsv && (
          <Select
            label="Delimiter"
            description="What separates the columns."
            data={DELIMITERS}
            value={preview.delimiter}
            onChange={(next) => next && onDelimiter(next as Delimiter)}
            allowDeselect={false}
            w={{ base: '100%', xs: 220 }}
          />
        )}
      </Group>
      <Table.ScrollContainer minWidth={Math.max(480, preview.header.length * 120)}>
        <Table striped withTableBorder fz="xs" aria-label="First rows of the file">
          <Table.Thead>
            <Table.Tr>
              {preview.header.map((column, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a header may repeat a name
                <Table.Th key={index} scope="col">
                  {column}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.slice(0, SAMPLE_ROWS).map((row, rowIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows of a file have no other identity
              <Table.Tr key={rowIndex}>
                {preview.header.map((_, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells follow the header's order
                  <Table.Td key={index}>{row[index] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        The first {Math.min(SAMPLE_ROWS, preview.rows.length)} rows as read.
      </Text>
    </>
  );
}
