// The forward step's choice of destination as radios: the stylesheet then shows only the chosen destination's
// field (the commission list, the ministry list or the name) where the browser has `:has()`; without it, all.
import type { Child } from 'hono/jsx';
import { DESTINATION_KINDS, type DestinationKind } from './case.table';

export function DestinationRadios(props: {
  legend: string;
  names: Record<DestinationKind, string>;
  chosen?: string;
  error?: Child;
}) {
  const id = 'forward-destinationKind';
  return (
    <fieldset class="dest-kind" aria-describedby={props.error ? `${id}-error` : undefined}>
      <legend>{props.legend}</legend>
      {DESTINATION_KINDS.map((d) => (
        <p>
          <input
            type="radio"
            id={`${id}-${d}`}
            name="destinationKind"
            value={d}
            checked={props.chosen === d}
            aria-invalid={props.error ? 'true' : undefined}
          />{' '}
          <label for={`${id}-${d}`}>{props.names[d]}</label>
        </p>
      ))}
      {props.error ? (
        <span class="error" id={`${id}-error`} role="alert">
          {props.error}
        </span>
      ) : null}
    </fieldset>
  );
}
