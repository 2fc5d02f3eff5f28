// The start's greeting: every demo account with where it works and what it sees, the password last; on a
// restart, where the password came from and how to set a new one.
import { describe, expect, it } from 'vitest';
import { demoAccountList } from './demo-data';
import { greetingLines } from './greeting';

const usernames = demoAccountList().map((a) => a.username);

describe('the greeting', () => {
  it('lists every demo account with its office, commission or OWSO office, and prints the password last', () => {
    const lines = greetingLines({ usernames, password: 'Xy7pQr2sTu9vWz3a', generated: true, demo: true }, []);
    for (const username of usernames) expect(lines.some((l) => l.startsWith(`  ${username} `))).toBe(true);
    const lineOf = (username: string) => lines.find((l) => l.startsWith(`  ${username} `)) ?? '';
    expect(lineOf('co_director')).toContain('Phnom Penh constituency office CO-12 — ');
    expect(lineOf('co_staff_battambang')).toContain('Battambang constituency office CO-02 — ');
    expect(lineOf('co_director_siemreap')).toContain('Siem Reap constituency office CO-17 — ');
    expect(lineOf('commission_staff')).toContain('commission C01 — ');
    expect(lineOf('owso_clerk_battambang')).toContain('OWSO of place 020301 — ');
    expect(lineOf('ombudsman')).toContain("Citizens' Office CTZ-1201 — ");
    expect(lines.at(-1)).toMatch(/^Password: Xy7pQr2sTu9vWz3a {3}\(generated now and shown only this once/);
  });

  it('on a restart names the accounts again and ends with how to set a new password', () => {
    const lines = greetingLines(undefined, usernames);
    expect(lines).toHaveLength(usernames.length + 2);
    expect(lines.at(-1)).toContain('Password: the one printed when this database was created');
    expect(lines.at(-1)).toContain('SALA_DEMO_PASSWORD=');
  });

  it('prints nothing about demo accounts when there are none', () => {
    expect(greetingLines(undefined, [])).toEqual([]);
  });
});
