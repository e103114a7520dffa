import { hash, verify } from '@node-rs/argon2';

// OWASP Password Storage Cheat Sheet (2023): argon2id, m=19 MiB, t=2, p=1.
// algorithm 2 is Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    // Spend the same time as a real check, so that response time does not tell which accounts exist.
    await hash(password, OPTIONS);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** NIST SP 800-63B §5.1.1.2: length over composition rules; reject the obviously guessable. */
export function passwordProblem(password: string, email?: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (new Set(password).size < 4) return 'Use more different characters.';
  const lower = password.toLowerCase();
  if (email && lower.includes(email.toLowerCase().split('@')[0] ?? '\u0000'))
    return 'Do not use your e-mail address.';
  if (COMMON.some((word) => lower.includes(word) && lower.length - word.length < 4))
    return 'This password is too common.';
  return undefined;
}

const COMMON = [
  'password',
  '123456',
  'qwerty',
  'letmein',
  'welcome',
  'iloveyou',
  'admin',
  'rapport',
  'abc123',
];
