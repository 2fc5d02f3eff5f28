// GET /readyz's checks: whether the database answers, the outbox is being worked, and the links to the SMS
// centre (and Telegram, when its code registers a check) are up. A registry, so a channel adds its own check
// without this file knowing it; each check has a time limit, so a hung link makes the answer "not ready", not slow.

export type CheckOutcome = { ok: true } | { ok: false; reason: string };

export interface ReadinessCheck {
  /** Short and stable: it names the check in the JSON answer (`database`, `outbox`, `sms`, `telegram` …). */
  name: string;
  check(now: Date): Promise<CheckOutcome>;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, { ok: boolean; reason?: string }>;
}

/** How long one check may take before it counts as failed. */
export const CHECK_LIMIT_MS = 3000;

export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();

  constructor(checks: ReadinessCheck[] = []) {
    for (const c of checks) this.register(c);
  }

  /** Adds a check; one of the same name is replaced (a channel re-registering after its restart). */
  register(check: ReadinessCheck): this {
    this.checks.set(check.name, check);
    return this;
  }

  async report(now = new Date(), limitMs = CHECK_LIMIT_MS): Promise<ReadinessReport> {
    const names = [...this.checks.keys()];
    const outcomes = await Promise.all(
      names.map((name) => runWithLimit(this.checks.get(name) as ReadinessCheck, now, limitMs)),
    );
    const checks: ReadinessReport['checks'] = {};
    names.forEach((name, i) => {
      const o = outcomes[i];
      checks[name] = o.ok ? { ok: true } : { ok: false, reason: o.reason };
    });
    return { ready: outcomes.every((o) => o.ok), checks };
  }
}

async function runWithLimit(check: ReadinessCheck, now: Date, limitMs: number): Promise<CheckOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<CheckOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: `no answer within ${limitMs / 1000} s` }), limitMs);
  });
  try {
    return await Promise.race([
      check
        .check(now)
        .catch((err: unknown): CheckOutcome => ({ ok: false, reason: `failed (${errorKind(err)})` })),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The error's code or kind only: the answer is public, and a driver's message may name hosts, addresses or a
 * token in a URL (the operator finds the whole message in the process's own log lines of that link).
 */
export function errorKind(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
  return err instanceof Error ? err.name : 'error';
}
