import { z } from 'zod';

/**
 * The portal's rules for a password a person chooses (invitation, password change). Length
 * does most of the work (NIST SP 800-63B); the other checks refuse the obvious guesses.
 * Sign-in accepts up to the same maximum, so every password set here can be used.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters, with letters and at least one digit or symbol. Not your email address.`;

/** The problems with a new password, in the words the form shows; empty when it is acceptable. */
export function passwordProblems(password: string, context: { email: string }): string[] {
  if (password.length < PASSWORD_MIN_LENGTH) return [`Use at least ${PASSWORD_MIN_LENGTH} characters.`];
  if (password.length > PASSWORD_MAX_LENGTH) return [`Use at most ${PASSWORD_MAX_LENGTH} characters.`];
  const problems: string[] = [];
  if (!/\p{L}/u.test(password) || !/[^\p{L}]/u.test(password)) problems.push('Mix letters with at least one digit or symbol.');
  if (/^(.)\1*$/u.test(password)) problems.push('Do not repeat one character.');
  const lower = password.toLowerCase();
  const mailbox = context.email.toLowerCase().split('@')[0] ?? '';
  if (lower.includes('password')) problems.push('Do not use the word “password”.');
  if (mailbox.length >= 4 && lower.includes(mailbox)) problems.push('Do not use your email address.');
  return problems;
}

/** A new password typed twice, checked against the rules above; errors under `password` and `confirmPassword`. */
export function newPasswordSchema(email: string) {
  return z
    .object({
      password: z.string('Choose a password.'),
      confirmPassword: z.string('Type the password again.'),
    })
    .superRefine(({ password, confirmPassword }, context) => {
      for (const message of passwordProblems(password, { email })) context.addIssue({ code: 'custom', path: ['password'], message });
      if (confirmPassword !== password) context.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'The two passwords do not match.' });
    });
}
