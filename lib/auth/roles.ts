/**
 * Who may do what. Roles are ordered: a viewer browses, searches, shares (snapshots) and exports; an editor also
 * creates, edits, deletes and imports; an admin also manages accounts, restores deleted records and reads history.
 * Pure, so that the server's checks and the browser's menus use the same rules.
 */

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user as the server knows them; never carries a password or a session token. */
export interface Principal {
  id: string;
  username: string;
  /** The name revisions and the header show. */
  name: string;
  role: Role;
}

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

export function hasRole(principal: Principal | null | undefined, role: Role): boolean {
  return Boolean(principal && RANK[principal.role] >= RANK[role]);
}

/** The refusal shown for a role that is too low: the API sends it with 403, the UI shows it beside a disabled action. */
export function roleNeededMessage(role: Role): string {
  return `You need the ${role} role to do this. Ask an admin to change your role.`;
}

export const SIGN_IN_NEEDED_MESSAGE = 'Sign in to do this.';

/** An account as the admin pages list it. */
export interface UserAccount extends Principal {
  disabled: boolean;
  createdAt: string;
}
