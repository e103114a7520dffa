// The `vcf` package (an independent vCard parser, used by tests to check our vCards) ships no types.
declare module 'vcf' {
  class VCardProperty {
    valueOf(): string;
    type?: string | string[];
    value?: string;
  }
  class VCard {
    static parse(text: string): VCard[];
    version: string;
    get(key: string): VCardProperty | VCardProperty[] | undefined;
  }
  export = VCard;
}
