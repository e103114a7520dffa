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

type NumberFieldProps = Omit<NumberInputProps, 'value' | 'onChange'> & {
  value: number | null | undefined;
  onChange: (value: number | null) => void;
};

/**
 * A number input that reports numbers (or null when empty) and keeps the text being typed: "12.50"
 * stays on screen while the form holds 12.5. A value set from outside (a reset, a re-read) replaces the
 * text once it no longer matches it.
 */
export function NumberField({ value, onChange, ...props }: NumberFieldProps) {
  const [text, setText] = useState<string | number>(value ?? '');
  const shown = typedNumber(text) === (value ?? null) ? text : (value ?? '');
  return (
    <NumberInput
      {...props}
      value={shown}
      onChange={(next) => {
        setText(next);
        onChange(typedNumber(next));
      }}
    />
  );
}
