// One data table for every page. A wide table scrolls sideways inside its own box on a phone; that box is a
// named region (a <section> with a name has the region role) a keyboard can reach (tabindex=0), so a reader without a mouse can scroll it with the arrow keys.
// The box is also the containing block of what is positioned in it (styles.ts: .table-wrap is relative), so a
// .sr-only word in a cell cannot escape the box and widen a phone's page.
import type { Child } from 'hono/jsx';

type Named = { label: string; labelledby?: never } | { labelledby: string; label?: never };

/** A table inside a scrollable, focusable, named region; the children are the table's caption, head and body. */
export function DataTable({
  class: tableClass,
  children,
  ...name
}: Named & { class?: string; children: Child }) {
  return (
    <TableBox {...name}>
      <table class={tableClass}>{children}</table>
    </TableBox>
  );
}

/** The same scrollable, focusable, named region around a <table> the page writes itself. */
export function TableBox(p: Named & { children: Child }) {
  return (
    <section class="table-wrap" tabindex={0} aria-label={p.label} aria-labelledby={p.labelledby}>
      {p.children}
    </section>
  );
}

/** A table's head of one row: a column header (scope=col) for each of `columns`, in order. */
export function ColumnHeads(p: { columns: Child[] }) {
  return (
    <thead>
      <tr>
        {p.columns.map((column) => (
          <th scope="col">{column}</th>
        ))}
      </tr>
    </thead>
  );
}
