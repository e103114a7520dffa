import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';

/**
 * The number a number input's text stands for, or null while it stands for none yet ("", "-", ".").
 * Mantine hands over text, not a number, for "12." or "12.50": a number there would be written back
 * into the input and eat the decimals being typed.
 */
export function typedNumber(text: string | number): number | null {
  if (typeof text === 'number') return Number.isFinite(text) ? text : null;
  if (text.trim() === '') return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}

// The separators of the reader's locale, as numbers are shown to them (Intl.NumberFormat): "1,250.5"
// in English, "1.250,5" in German. Typed the same way, "1,250" is 1250, not 1.25, as the input's default
// (either mark is a decimal point) read it.
const parts = new Intl.NumberFormat().formatToParts(12345.6);
const GROUP = parts.find((part) => part.type === 'group')?.value ?? ',';
const DECIMAL = parts.find((part) => part.type === 'decimal')?.value ?? '.';

type NumberFieldProps = Omit<NumberInputProps, 'value' | 'onChange'> & {
  value: number | null | undefined;
  onChange: (value: number | null) => void;
};

/**
 * A number input that reports numbers (or null when empty) and keeps the text being typed: "12.50"
 * stays on screen while the form holds 12.5. Digits are grouped and read as the locale writes them. A value set from outside (a reset, a re-read) replaces the
 * text once it no longer matches it.
 */
export function NumberField({ value, onChange, ...props }: NumberFieldProps) {
  const [text, setText] = useState<string | number>(value ?? '');
  const shown = typedNumber(text) === (value ?? null) ? text : (value ?? '');
  return (
    <NumberInput
      thousandSeparator={GROUP}
      decimalSeparator={DECIMAL}
      allowedDecimalSeparators={[DECIMAL]}
      {...props}
      value={shown}
      onChange={(next) => {
        setText(next);
        onChange(typedNumber(next));
      }}
    />
  );
}
