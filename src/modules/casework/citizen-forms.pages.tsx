// The citizen's own forms on the tracking page: each carries the proof that opened the page (the private
// key or a pass from a one-time code) in a hidden field, as the guard's CSRF field rides along.
import type { Ctx } from '../../platform/http/types';
import type { ScanProblem } from '../../platform/uploads/scanned-files';
import { CsrfField } from '../../web/layout';
import { citizenKeyMessages } from './citizen-key.messages';

/** The proof a page was opened with, as its forms send it back. */
export interface PageProof {
  field: 'key' | 'pass';
  secret: string;
}

export function ProofFields(props: { c: Ctx; proof: PageProof }) {
  return (
    <>
      <CsrfField token={props.c.get('csrfToken')} />
      <input type="hidden" name={props.proof.field} value={props.proof.secret} />
    </>
  );
}

/** What the citizen typed into the add-information or withdraw form, kept when it is refused. */
export interface OwnStepForms {
  addInformation?: { note: string; error?: 'missing' | 'too-long' | ScanProblem };
  withdraw?: { reason: string; error?: 'too-long' };
}

export function AddInformationForm(props: {
  c: Ctx;
  code: string;
  proof: PageProof;
  form?: OwnStepForms['addInformation'];
}) {
  const m = citizenKeyMessages[props.c.get('lang')];
  const error = props.form?.error;
  const noteError = error === 'missing' ? m.addInfoMissing : error === 'too-long' ? m.addInfoTooLong : null;
  const fileError = error && error !== 'missing' && error !== 'too-long' ? m.fileProblems[error] : null;
  return (
    <section aria-labelledby="add-info-title">
      <h2 id="add-info-title">{m.addInfoTitle}</h2>
      <form method="post" action={`/track/${props.code}/information`} enctype="multipart/form-data">
        <ProofFields c={props.c} proof={props.proof} />
        <p>
          <label for="info-note">{m.addInfoNote}</label>
          <span class="muted" id="info-note-hint">
            {m.addInfoHint}
          </span>
          <br />
          <textarea
            id="info-note"
            name="note"
            rows={4}
            maxlength={4000}
            aria-invalid={noteError ? 'true' : undefined}
            aria-describedby={noteError ? 'info-note-hint info-note-error' : 'info-note-hint'}
          >
            {props.form?.note ?? ''}
          </textarea>
          {noteError ? (
            <span class="error" id="info-note-error">
              <br />
              {noteError}
            </span>
          ) : null}
        </p>
        <p>
          <label for="info-file">{m.addInfoFile}</label>
          <br />
          <input
            type="file"
            id="info-file"
            name="file"
            accept="application/pdf,image/jpeg,image/png"
            aria-invalid={fileError ? 'true' : undefined}
            aria-describedby={fileError ? 'info-file-error' : undefined}
          />
          {fileError ? (
            <span class="error" id="info-file-error">
              <br />
              {fileError}
            </span>
          ) : null}
        </p>
        <p>
          <button type="submit" class="button">
            {m.addInfoButton}
          </button>
        </p>
      </form>
    </section>
  );
}

export function WithdrawForm(props: {
  c: Ctx;
  code: string;
  proof: PageProof;
  form?: OwnStepForms['withdraw'];
}) {
  const m = citizenKeyMessages[props.c.get('lang')];
  return (
    <section aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{m.withdrawTitle}</h2>
      <p class="muted">{m.withdrawHint}</p>
      <form method="post" action={`/track/${props.code}/withdraw`}>
        <ProofFields c={props.c} proof={props.proof} />
        <p>
          <label for="withdraw-reason">{m.withdrawReason}</label>
          <br />
          <textarea id="withdraw-reason" name="reason" rows={3} maxlength={2000}>
            {props.form?.reason ?? ''}
          </textarea>
        </p>
        <p>
          <button type="submit" class="button">
            {m.withdrawButton}
          </button>
        </p>
      </form>
    </section>
  );
}

/** For a reader without proof: how to get it (the private link, or a one-time code to the case's contact). */
export function ActWithoutProof(props: {
  c: Ctx;
  code: string;
  codeSent?: 'email' | 'sms' | 'telegram';
  wrongCode?: boolean;
}) {
  const m = citizenKeyMessages[props.c.get('lang')];
  return (
    <section class="notice" aria-labelledby="act-title">
      <h2 id="act-title">{props.codeSent ? m.codeSentTitle : m.actTitle}</h2>
      <p>{props.codeSent ? m.codeSent(props.codeSent) : m.actBody}</p>
      <form method="post" action={`/track/${props.code}/code/check`}>
        <CsrfField token={props.c.get('csrfToken')} />
        <p>
          <label for="otp">{m.codeLabel}</label>
          <br />
          <input
            id="otp"
            name="code"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength={12}
            required
            aria-invalid={props.wrongCode ? 'true' : undefined}
            aria-describedby={props.wrongCode ? 'otp-error' : undefined}
          />
          {props.wrongCode ? (
            <span class="error" id="otp-error" role="alert">
              <br />
              {m.wrongCode}
            </span>
          ) : null}
        </p>
        <p>
          <button type="submit" class="button">
            {m.codeButton}
          </button>
        </p>
      </form>
      <form method="post" action={`/track/${props.code}/code`}>
        <CsrfField token={props.c.get('csrfToken')} />
        <button type="submit">{m.sendCode}</button>
      </form>
    </section>
  );
}
