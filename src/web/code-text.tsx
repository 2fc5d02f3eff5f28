// A translated sentence that names literal technical text — a file's column, a path, a command — which stays
// as it is typed in every language. The message marks it with backticks (`name_km`); the page shows it as
// <code>, so a reader (and a screen reader) can tell the literal from the sentence around it.
import type { Child } from 'hono/jsx';

/** The text with each `backticked` part as <code>; a text without backticks is returned as it is. */
export function CodeText(props: { text: string }): Child {
  const parts = props.text.split('`');
  if (parts.length < 3) return props.text;
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code>{part}</code> : part))}</>;
}
