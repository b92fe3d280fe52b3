import { describe, expect, it } from 'vitest';
import { passwordChangeFormSchema } from './account';

describe('the password form', () => {
  it('refuses a new password typed differently the second time, next to the second one', () => {
    const result = passwordChangeFormSchema.safeParse({ currentPassword: 'old-password', newPassword: 'a-new-password', repeat: 'a-new-passwort' });
    expect(result.error?.issues.map((issue) => ({ path: issue.path, message: issue.message }))).toEqual([
      { path: ['repeat'], message: 'The two new passwords differ.' },
    ]);
  });

  it('holds the new password to the rules the server checks', () => {
    const result = passwordChangeFormSchema.safeParse({ currentPassword: 'old-password', newPassword: 'short', repeat: 'short' });
    expect(result.error?.issues.map((issue) => ({ path: issue.path, message: issue.message }))).toEqual([
      { path: ['newPassword'], message: 'At least 10 characters' },
    ]);
  });

  it('takes the same password twice', () => {
    expect(passwordChangeFormSchema.safeParse({ currentPassword: 'old-password', newPassword: 'a-new-password', repeat: 'a-new-password' }).success).toBe(true);
  });
});
