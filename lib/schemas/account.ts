import { z } from 'zod';
import { ROLES } from '../auth/roles';
import { readableText } from './common';

/** Accounts: what the sign-in, password and user-management forms send, checked the same on both sides. */

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'At least 2 characters')
  .max(40, 'At most 40 characters')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'Letters, digits, dots, dashes and underscores, starting with a letter or digit');

export const displayNameSchema = z.string().trim().min(1, 'Required').max(80, 'At most 80 characters').superRefine(readableText);

// The upper bound keeps hashing cheap enough that a huge "password" cannot tie up the server.
export const newPasswordSchema = z.string().min(10, 'At least 10 characters').max(200, 'At most 200 characters');

const roleSchema = z.enum(ROLES);
/** Sign-in takes any text: a wrong one is just a wrong password, and says nothing about the rules. */
const anyTypedText = z.string().min(1, 'Required').max(200, 'At most 200 characters');

export const signInSchema = z.strictObject({ username: z.string().trim().pipe(anyTypedText), password: anyTypedText });

export const passwordChangeSchema = z.strictObject({ currentPassword: anyTypedText, newPassword: newPasswordSchema });

/** The password form: the change, with the new password typed a second time (which is not sent). */
export const passwordChangeFormSchema = passwordChangeSchema
  .extend({ repeat: z.string() })
  .refine((form) => form.repeat === form.newPassword, { message: 'The two new passwords differ.', path: ['repeat'] });

/** A user's fields, as the user-management forms send them. */
const userFields = z.strictObject({
  username: usernameSchema,
  name: displayNameSchema,
  role: roleSchema,
  password: newPasswordSchema,
  disabled: z.boolean(),
});

export const userCreateSchema = userFields.omit({ disabled: true });
export type UserCreateInput = z.infer<typeof userCreateSchema>;

export const userUpdateSchema = userFields
  .pick({ name: true, role: true, disabled: true })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'Send at least one of name, role, disabled');
export type UserUpdateInput = z.infer<typeof userUpdateSchema>;

export const userIdSchema = z.string().uuid('Not a user id');
