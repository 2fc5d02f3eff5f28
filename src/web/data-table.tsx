// One data table for every page, and the list-or-"none" a short list wants. A wide table scrolls sideways inside its own box on a phone; that box is a
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

/** A table of `rows` under `columns`, a row each, or the sentence `none` when there are none. */
export function TableOrNone<Row>(p: {
  label: string;
  columns: Child[];
  rows: readonly Row[];
  row: (row: Row) => Child;
  none: Child;
}) {
  if (p.rows.length === 0) return <p>{p.none}</p>;
  return (
    <DataTable label={p.label}>
      <ColumnHeads columns={p.columns} />
      <tbody>{p.rows.map(p.row)}</tbody>
    </DataTable>
  );
}

/** A bulleted list of `items`, or the sentence `none` when there are none. */
export function ListOrNone<Item>(p: { items: readonly Item[]; item: (item: Item) => Child; none: Child }) {
  if (p.items.length === 0) return <p>{p.none}</p>;
  return (
    <ul>
      {p.items.map((item) => (
        <li>{p.item(item)}</li>
      ))}
    </ul>
  );
}
