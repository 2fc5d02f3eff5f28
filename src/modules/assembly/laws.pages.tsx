// Pages of bills and laws: the public list and each law's timeline with the article behind every date,
// and the secretariat's forms for each step (Art. 91–93).
import type { Ctx } from '../../platform/http/types';
import { dateInputHint } from '../../platform/i18n/date-input';
import { formatDate, formatNumber, formatRecordNumber } from '../../platform/i18n/i18n';
import { TableBox } from '../../web/data-table';
import { CsrfField } from '../../web/layout';
import { renderPage } from '../../web/page';
import { mayKeepRecords } from './assembly.policy';
import { type BillStepName, billStage } from './laws.commands';
import { ARTICLES, type ArticleRef, citation } from './procedure/articles.rules';
import { type QuestionsLawsMessages, questionsLawsMessages } from './questions-laws.messages';
import { INADMISSIBLE_REASONS, INITIATORS } from './questions-laws.table';
import {
  CheckField,
  DayField,
  type FieldProblem,
  type Posted,
  ProblemList,
  SelectField,
  TextField,
} from './questions-laws-forms.pages';
import type {
  AmendmentRows,
  BillListRows,
  BillRow,
  InitiatorRow,
  MemberChoiceRows,
  PassingVoteRows,
} from './records.rows';

function Cite({ c, refs }: { c: Ctx; refs: ArticleRef }) {
  return <span class="muted">({citation(refs, c.get('lang'), c.get('digits'))})</span>;
}

export function lawsListView(c: Ctx, bills: BillListRows) {
  const lang = c.get('lang');
  const digits = c.get('digits');
  const m = questionsLawsMessages[lang];
  const date = (d: string | null) => (d ? formatDate(d, lang, digits) : '—');
  return renderPage(
    c,
    m.lawsTitle,
    <>
      <p>{m.lawsIntro}</p>
      <p class="muted">
        <strong>{citation('93', lang, digits)}</strong> — {ARTICLES['93'][lang]}
      </p>
      {mayKeepRecords(c.get('user')) ? (
        <p>
          <a href="/secretariat/assembly/laws/new">{m.recordBill}</a>
        </p>
      ) : null}
      {bills.length === 0 ? (
        <p>{m.noBills}</p>
      ) : (
        <TableBox label={m.lawsTitle}>
          <table>
            <thead>
              <tr>
                <th scope="col">{m.title}</th>
                <th scope="col">{m.stageHeading}</th>
                <th scope="col">{m.introduced}</th>
                <th scope="col">{m.adopted}</th>
                <th scope="col">{m.signed}</th>
                <th scope="col">{m.inForcePhnomPenh}</th>
                <th scope="col">{m.inForceNationwide}</th>
              </tr>
            </thead>
            <tbody>
              {bills.map((b) => (
                <tr>
                  <td>
                    <a href={`/assembly/laws/${b.id}`}>{lang === 'km' ? b.title_km : b.title_en}</a>
                    {b.is_demo ? <span class="muted"> ({m.demo})</span> : null}
                  </td>
                  <td>{m.stage[billStage(b)]}</td>
                  <td>{date(b.introduced_on)}</td>
                  <td>{date(b.adopted_on)}</td>
                  <td>{date(b.signed_on)}</td>
                  <td>{date(b.effective_phnom_penh)}</td>
                  <td>{date(b.effective_nationwide)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </>,
  );
}

/** Which step form failed, so only that form shows the problems and keeps what was typed. */
export interface FailedStep {
  step: string;
  problems: FieldProblem[];
  posted: Posted;
}

/** The members a form offers to choose from. */
export type MemberChoices = MemberChoiceRows;

/** A bill, its amendments and initiator; for the secretariat, the choices its step forms offer. */
export interface LawData {
  bill: BillRow;
  amendments: AmendmentRows;
  initiator: InitiatorRow;
  forms?: { members: MemberChoices; votes: PassingVoteRows };
}

export function lawView(c: Ctx, data: LawData, failed?: FailedStep) {
  const lang = c.get('lang');
  const digits = c.get('digits');
  const m = questionsLawsMessages[lang];
  const { bill, amendments, initiator, forms } = data;
  const date = (d: string) => formatDate(d, lang, digits);
  const title = lang === 'km' ? bill.title_km : bill.title_en;
  return renderPage(
    c,
    title,
    <>
      <p>
        <a href="/assembly/laws">{m.lawsTitle}</a>
      </p>
      {c.req.query('saved') === '1' && !failed ? (
        <p class="notice" role="status">
          {m.saved}
        </p>
      ) : null}
      {bill.is_demo ? <p class="muted">({m.demo})</p> : null}
      <p>
        <strong>{m.stageHeading}:</strong> {m.stage[billStage(bill)]}
      </p>
      <h2>{m.timeline}</h2>
      <dl>
        <dt>{m.introduced}</dt>
        <dd>
          {date(bill.introduced_on)} — {m.initiators[bill.initiated_by]}
          {initiator ? (
            <>
              {' '}
              ({m.initiator}:{' '}
              <a href={`/assembly/members/${initiator.person_id}`}>
                {lang === 'km' ? initiator.name_km : initiator.name_en}
              </a>
              )
            </>
          ) : null}{' '}
          <Cite c={c} refs="91" />
        </dd>
        {bill.adopted_on ? (
          <>
            <dt>{m.adopted}</dt>
            <dd>
              {date(bill.adopted_on)}
              {bill.adoption_vote_event_id
                ? ` — ${m.adoptionVote} ${formatRecordNumber(bill.adoption_vote_event_id, lang, digits)}`
                : ''}{' '}
              <Cite c={c} refs="90.1–6" />
            </dd>
          </>
        ) : null}
        {bill.signed_on ? (
          <>
            <dt>{m.signed}</dt>
            <dd>
              {date(bill.signed_on)}
              {bill.urgent ? ` — ${m.urgent}` : ''}
            </dd>
            <dt>{m.inForcePhnomPenh}</dt>
            <dd>
              {bill.effective_phnom_penh ? date(bill.effective_phnom_penh) : '—'} <Cite c={c} refs="93" />
            </dd>
            <dt>{m.inForceNationwide}</dt>
            <dd>
              {bill.effective_nationwide ? date(bill.effective_nationwide) : '—'} <Cite c={c} refs="93" />
            </dd>
          </>
        ) : null}
        {bill.published_on ? (
          <>
            <dt>{m.published}</dt>
            <dd>
              {date(bill.published_on)} — {m.reference}: {bill.journal_reference}
            </dd>
          </>
        ) : null}
        {bill.annulled_on ? (
          <>
            <dt>{m.annulled}</dt>
            <dd>
              {date(bill.annulled_on)} — {m.reference}: {bill.annulment_reference} <Cite c={c} refs="92" />
            </dd>
          </>
        ) : null}
      </dl>
      <h2>{m.amendments}</h2>
      {amendments.length === 0 ? (
        <p>{m.noAmendments}</p>
      ) : (
        <ul>
          {amendments.map((a) => (
            <li>
              {date(a.proposed_on)}
              {a.person_id ? ` — ${m.proposedBy} ${lang === 'km' ? a.name_km : a.name_en}` : ''}: {a.summary}
              <br />
              {a.inadmissible_reason ? (
                <strong>
                  {m.inadmissible}: {m.inadmissibleReasons[a.inadmissible_reason]}
                  {a.inadmissible_note ? ` — ${a.inadmissible_note}` : ''} <Cite c={c} refs="91" />
                </strong>
              ) : (
                <span class="muted">{m.admissible}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {forms && mayKeepRecords(c.get('user')) ? (
        <StepForms c={c} billId={bill.id} forms={forms} failed={failed} m={m} />
      ) : null}
    </>,
    failed ? 422 : 200,
  );
}

type Label = keyof {
  [K in keyof QuestionsLawsMessages as QuestionsLawsMessages[K] extends string ? K : never]: true;
};

/** One input of a step's form: its kind decides how it is drawn. */
type StepInput =
  | { kind: 'date' | 'text' | 'textarea'; name: string; label: Label; required?: boolean; maxlength?: number }
  | { kind: 'check' | 'member' | 'reason' | 'vote'; name: string; label: Label };

/** The secretariat's forms on a bill's page, in the order the steps come. */
const STEP_INPUTS: { step: BillStepName | 'amendment'; heading: Label; inputs: StepInput[] }[] = [
  {
    step: 'amendment',
    heading: 'recordAmendment',
    inputs: [
      { kind: 'member', name: 'membershipId', label: 'proposedBy' },
      { kind: 'date', name: 'proposedOn', label: 'proposedOn', required: true },
      { kind: 'textarea', name: 'summary', label: 'summary', required: true, maxlength: 4000 },
      { kind: 'reason', name: 'inadmissibleReason', label: 'inadmissibleReason' },
      { kind: 'text', name: 'inadmissibleNote', label: 'note', maxlength: 2000 },
    ],
  },
  {
    step: 'adoption',
    heading: 'recordAdoption',
    inputs: [
      { kind: 'date', name: 'adoptedOn', label: 'adoptedOn', required: true },
      { kind: 'vote', name: 'voteEventId', label: 'voteEventId' },
    ],
  },
  {
    step: 'signature',
    heading: 'recordSignature',
    inputs: [
      { kind: 'date', name: 'signedOn', label: 'signedOn', required: true },
      { kind: 'check', name: 'urgent', label: 'urgentChoice' },
    ],
  },
  {
    step: 'publication',
    heading: 'recordPublication',
    inputs: [
      { kind: 'date', name: 'publishedOn', label: 'publishedOn', required: true },
      { kind: 'text', name: 'reference', label: 'reference', required: true, maxlength: 200 },
    ],
  },
  {
    step: 'annulment',
    heading: 'recordAnnulment',
    inputs: [
      { kind: 'date', name: 'annulledOn', label: 'annulledOn', required: true },
      { kind: 'text', name: 'reference', label: 'reference', required: true, maxlength: 200 },
    ],
  },
];

function StepForms(props: {
  c: Ctx;
  billId: number;
  forms: NonNullable<LawData['forms']>;
  failed?: FailedStep;
  m: QuestionsLawsMessages;
}) {
  const { c, billId, failed, m } = props;
  const { members, votes } = props.forms;
  const lang = c.get('lang');
  const memberOptions = members.map((r) => ({
    value: String(r.id),
    label: lang === 'km' ? r.name_km : r.name_en,
  }));
  const reasonOptions = INADMISSIBLE_REASONS.map((r) => ({ value: r, label: m.inadmissibleReasons[r] }));
  // Only the bill's own passing votes are offered (the handler loads them): no other vote can adopt it (Art. 90.1–6).
  const figure = (n: number) => formatNumber(n, lang, c.get('digits'));
  const voteOptions = votes.map((v) => ({
    value: String(v.id),
    label: `${formatDate(v.sitting_on, lang, c.get('digits'))} — ${lang === 'km' ? v.title_km : v.title_en} (${figure(v.yes_count)}/${figure(v.required)})`,
  }));
  const draw = (step: string, input: StepInput, posted: Posted | undefined) => {
    const id = `${step}-${input.name}`;
    const label = m[input.label] as string;
    switch (input.kind) {
      case 'check':
        return <CheckField id={id} name={input.name} label={label} posted={posted} />;
      case 'vote':
        return voteOptions.length > 0 ? (
          <SelectField
            id={id}
            name={input.name}
            label={label}
            placeholder={m.chooseVote}
            options={voteOptions}
            posted={posted}
          />
        ) : (
          <p class="muted">{m.noPassingVote}</p>
        );
      case 'member':
      case 'reason':
        return (
          <SelectField
            id={id}
            name={input.name}
            label={label}
            placeholder={input.kind === 'member' ? m.chooseMember : m.admissibleChoice}
            options={input.kind === 'member' ? memberOptions : reasonOptions}
            posted={posted}
          />
        );
      default:
        return (
          <TextField
            id={id}
            name={input.name}
            date={input.kind === 'date'}
            hint={input.kind === 'date' ? dateInputHint(lang, c.get('digits')) : undefined}
            multiline={input.kind === 'textarea'}
            label={label}
            required={input.required}
            maxlength={input.maxlength}
            posted={posted}
          />
        );
    }
  };
  return (
    <>
      {STEP_INPUTS.map(({ step, heading, inputs }) => {
        const mine = failed?.step === step ? failed : undefined;
        return (
          <section id={`step-${step}`}>
            <h3>{m[heading] as string}</h3>
            <ProblemList
              problems={mine?.problems ?? []}
              m={m}
              cite={(a) => citation(a, lang, c.get('digits'))}
            />
            <form method="post" action={`/secretariat/assembly/laws/${billId}/${step}`}>
              <CsrfField token={c.get('csrfToken')} />
              {inputs.map((input) => draw(step, input, mine?.posted))}
              <button type="submit">{m.save}</button>
            </form>
          </section>
        );
      })}
    </>
  );
}

export function newBillView(c: Ctx, members: MemberChoices, problems: FieldProblem[] = [], posted?: Posted) {
  const lang = c.get('lang');
  const m = questionsLawsMessages[lang];
  return renderPage(
    c,
    m.recordBill,
    <>
      <p>
        <a href="/assembly/laws">{m.lawsTitle}</a>
      </p>
      <p class="muted">
        <strong>{citation('91', lang, c.get('digits'))}</strong> — {ARTICLES['91'][lang]}
      </p>
      <ProblemList problems={problems} m={m} />
      <form method="post" action="/secretariat/assembly/laws">
        <CsrfField token={c.get('csrfToken')} />
        <TextField
          id="titleKm"
          name="titleKm"
          label={m.titleKm}
          lang="km"
          required
          maxlength={500}
          posted={posted}
        />
        <TextField
          id="titleEn"
          name="titleEn"
          label={m.titleEn}
          lang="en"
          required
          maxlength={500}
          posted={posted}
        />
        <SelectField
          id="initiatedBy"
          name="initiatedBy"
          label={m.initiatedBy}
          placeholder=""
          options={INITIATORS.map((i) => ({ value: i, label: m.initiators[i] }))}
          posted={posted}
        />
        <SelectField
          id="initiatorMembershipId"
          name="initiatorMembershipId"
          label={m.initiator}
          placeholder={m.noInitiator}
          options={members.map((r) => ({
            value: String(r.id),
            label: lang === 'km' ? r.name_km : r.name_en,
          }))}
          posted={posted}
        />
        <DayField c={c} name="introducedOn" label={m.introducedOn} posted={posted} />
        <button type="submit">{m.save}</button>
      </form>
    </>,
    problems.length > 0 ? 422 : 200,
  );
}
