/**
 * `npm run admin:create -- --username alice --name "Alice Martin"`: creates the first admin (or makes an existing
 * account an enabled admin with a new password: the way back in for a locked-out operator). The password comes from
 * PARLEY_ADMIN_PASSWORD, or is asked for, unseen, when run in a terminal; it is never taken from the command line,
 * where other users of the machine could read it.
 */
import { parseArgs } from 'node:util';
import { displayNameSchema, newPasswordSchema, usernameSchema } from '../../lib/schemas/account';
import { bootstrapAdmin } from '../accounts/users';
import { createDriver, readNeo4jSettings } from '../connection';
import { closeDriver } from '../driver';
import { migrate } from '../migrate';

function readOptions(): { username: string; name: string } {
  const { values } = parseArgs({ options: { username: { type: 'string' }, name: { type: 'string' } } });
  const username = usernameSchema.safeParse(values.username ?? '');
  if (!username.success) throw new Error(`--username: ${username.error.issues[0]?.message ?? 'not valid'}`);
  const name = displayNameSchema.safeParse(values.name ?? username.data);
  if (!name.success) throw new Error(`--name: ${name.error.issues[0]?.message ?? 'not valid'}`);
  return { username: username.data, name: name.data };
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  process.stdout.write(question);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (finish: () => void) => {
      input.setRawMode(false);
      input.pause();
      input.removeListener('data', onData);
      process.stdout.write('\n');
      finish();
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return done(() => resolve(typed));
        if (character === '\u0003') return done(() => reject(new Error('Cancelled.')));
        if (character === '\u007f' || character === '\b') typed = typed.slice(0, -1);
        else typed += character;
      }
    };
    input.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.PARLEY_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new Error('Set PARLEY_ADMIN_PASSWORD, or run this in a terminal to be asked for the password.');
  const password = await promptHidden('Password for the admin (at least 10 characters): ');
  if ((await promptHidden('The same password again: ')) !== password) throw new Error('The two passwords differ.');
  return password;
}

async function main(): Promise<void> {
  const { username, name } = readOptions();
  const password = newPasswordSchema.safeParse(await readPassword());
  if (!password.success) throw new Error(`Password: ${password.error.issues[0]?.message ?? 'not valid'}`);

  // The accounts' constraints come with the migrations, so apply any the database lacks first.
  const settings = readNeo4jSettings();
  const driver = createDriver(settings);
  try {
    await migrate(driver, settings.database);
  } finally {
    await driver.close();
  }
  try {
    const { user, created } = await bootstrapAdmin({ username, name, password: password.data });
    console.info(created ? `Created the admin ${user.username} (${user.name}).` : `${user.username} is now an enabled admin with the new password.`);
  } finally {
    await closeDriver();
  }
}

main().catch((error: unknown) => {
  console.error(`Creating the admin failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
