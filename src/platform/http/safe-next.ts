// Where to go back to after the language switch or signing in: a path on this site, never another site.
/** A `next` of `//evil.example` or `https://…` would make the switch an open redirect: those give '/'. */
export function safeNext(raw: string | undefined): string {
  // Browsers drop tabs and newlines inside a URL and read "\\" as "/", so "/\t/evil.example" leaves the
  // site too; and a control character in the Location header would make the answer fail.
  if (!raw?.startsWith('/') || raw.startsWith('//') || /[\p{Cc}\\]/u.test(raw)) return '/';
  return raw;
}
