import { Select } from '@mantine/core';
import { countryChoices, countryName, searchChoices } from '../../records/countries';

interface PhoneCountryChoiceProps {
  value: string;
  /** The workspace's default country: what the import uses unless told otherwise. */
  workspaceCountry: string;
  /** A column gives each row's country, which comes first. */
  rowsHaveCountry: boolean;
  onChange: (code: string) => void;
}

/**
 * Asked when phone columns are mapped: "06 12 34 56 78" is a French mobile only to a French reader,
 * and a file exported in one country writes its numbers without their +code.
 */
export function PhoneCountryChoice({
  value,
  workspaceCountry,
  rowsHaveCountry,
  onChange,
}: PhoneCountryChoiceProps) {
  const fallback = `The workspace’s is ${countryName(workspaceCountry)}.`;
  return (
    <Select
      label="Phone numbers without a +code are from"
      description={
        rowsHaveCountry
          ? `For rows without a country of their own. ${fallback}`
          : `Numbers with a +code read as they are. ${fallback}`
      }
      data={countryChoices()}
      filter={searchChoices}
      searchable
      allowDeselect={false}
      value={value}
      onChange={(code) => code && onChange(code)}
      maw={420}
    />
  );
}
