// The demo's records are made through the secretariat's commands; a refusal there is a bug in the demo.
export async function must<T>(
  what: string,
  result: Promise<{ ok: true; value: T } | { ok: false; error: string | { code: string } }>,
): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`demo ${what}: ${typeof r.error === 'string' ? r.error : r.error.code}`);
  return r.value;
}
