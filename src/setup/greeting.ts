// What the start prints for the person who started it, after the address: the accounts, each with where it
// works and what it sees, then the password — last, so that the start's log lines never push it off screen.
import { demoAccountList } from './demo-data';
import type { PrepareReport } from './prepare-database';

/** How to choose the demo password: it is set once, when the demo is made on an empty database. */
export const NEW_PASSWORD_HOWTO =
  'to set a new one, start Sala on an empty database (a new SALA_DATA_DIR, or a new DATABASE_URL) with SALA_DEMO_PASSWORD=<8 characters or more>; the demo is made again with it';

/** One line an account: name, where it works, what it sees; names padded so the columns line up. */
function accountLines(usernames: string[]): string[] {
  const known = new Map(demoAccountList().map((a) => [a.username, a]));
  const width = Math.max(...usernames.map((u) => u.length));
  return usernames.map((username) => {
    const account = known.get(username);
    const about = account ? `${account.where} — ${account.sees}` : 'demo account';
    return `  ${username.padEnd(width)}  ${about}`;
  });
}

/**
 * The lines after the address. `created`: the accounts made on this start (with their password); otherwise
 * `demoUsernames`: the demo accounts already in the database (none when the demo is off).
 */
export function greetingLines(created: PrepareReport['newAccounts'], demoUsernames: string[]): string[] {
  if (created && !created.demo) {
    return [
      'First administrator: admin',
      created.generated
        ? `Password: ${created.password}   (generated now and shown only this once; set SALA_DEMO_PASSWORD to choose it)`
        : 'Password: the value of SALA_DEMO_PASSWORD',
    ];
  }
  const usernames = created ? created.usernames : demoUsernames;
  if (usernames.length === 0) return [];
  const heading =
    'Demo accounts (fictional, marked demo; each sees only its own office, commission or OWSO office):';
  const password = !created
    ? `Password: the one printed when this database was created (or SALA_DEMO_PASSWORD if it was set then); ${NEW_PASSWORD_HOWTO}`
    : created.generated
      ? `Password: ${created.password}   (generated now and shown only this once, for every demo account; set SALA_DEMO_PASSWORD to choose it)`
      : 'Password: the value of SALA_DEMO_PASSWORD, for every demo account';
  return [heading, ...accountLines(usernames), password];
}
