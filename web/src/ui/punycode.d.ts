// punycode ships no types; the ES module build is imported by path so no bundler mistakes it for
// Node's deprecated built-in of the same name.
declare module 'punycode/punycode.es6.js' {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}
