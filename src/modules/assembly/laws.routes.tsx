// Bills and laws: the public list and each law's page, the secretariat's new-bill form and each step's
// form (Art. 91–93). Handlers: they load what the views show and run the commands.
import { pathId } from '../../platform/http/path-params';
import type { Ctx } from '../../platform/http/types';
import { renderErrorPage } from '../../web/page';
import { mayKeepRecords } from './assembly.policy';
import {
  amendmentInputSchema,
  BILL_STEPS,
  type BillStepName,
  billInputSchema,
  introduceBill,
  recordAmendment,
  recordBillStep,
} from './laws.commands';
import { type FailedStep, lawsListView, lawView, newBillView } from './laws.pages';
import {
  amendmentsOf,
  askerOf,
  findBill,
  listBills,
  membershipChoices,
  passingVotesOfBill,
} from './questions-laws.queries';
import { type FieldProblem, one, type Posted, postedOf, problemsOf } from './questions-laws-forms.pages';
import { actorOf } from './records-submit.routes';

export async function lawsListPage(c: Ctx) {
  return lawsListView(c, await listBills(c.get('deps').db.kysely));
}

async function lawPageWith(c: Ctx, failed?: FailedStep) {
  const db = c.get('deps').db.kysely;
  const id = pathId(c);
  const bill = id ? await findBill(db, id) : undefined;
  if (!bill) return renderErrorPage(c, 'notFound');
  const [amendments, initiator] = await Promise.all([
    amendmentsOf(db, bill.id),
    bill.initiator_membership_id ? askerOf(db, bill.initiator_membership_id) : undefined,
  ]);
  // The step forms' choices are loaded only for those who see the forms.
  const forms = mayKeepRecords(c.get('user'))
    ? { members: await membershipChoices(db), votes: await passingVotesOfBill(db, bill.id) }
    : undefined;
  return lawView(c, { bill, amendments, initiator, forms }, failed);
}

export const lawPage = (c: Ctx) => lawPageWith(c);

/** How each step's form reads into the command's input. */
const STEP_FORMS: Record<BillStepName | 'amendment', (p: Posted) => unknown> = {
  amendment: (p) => ({
    membershipId: one(p, 'membershipId'),
    proposedOn: one(p, 'proposedOn'),
    summary: one(p, 'summary'),
    inadmissibleReason: one(p, 'inadmissibleReason'),
    inadmissibleNote: one(p, 'inadmissibleNote'),
  }),
  adoption: (p) => ({ adoptedOn: one(p, 'adoptedOn'), voteEventId: one(p, 'voteEventId') }),
  signature: (p) => ({ signedOn: one(p, 'signedOn'), urgent: one(p, 'urgent') === '1' }),
  publication: (p) => ({ publishedOn: one(p, 'publishedOn'), reference: one(p, 'reference') }),
  annulment: (p) => ({ annulledOn: one(p, 'annulledOn'), reference: one(p, 'reference') }),
};

async function runStep(c: Ctx, id: number, step: BillStepName | 'amendment', posted: Posted) {
  const read = STEP_FORMS[step](posted);
  const db = c.get('deps').db;
  if (step === 'amendment') {
    const parsed = amendmentInputSchema.safeParse(read);
    if (!parsed.success) return { problems: problemsOf(parsed.error) };
    return { result: await recordAmendment(db, actorOf(c), id, parsed.data, new Date()) };
  }
  const parsed = BILL_STEPS[step].schema.safeParse(read);
  if (!parsed.success) return { problems: problemsOf(parsed.error) };
  return { result: await recordBillStep(db, actorOf(c), id, step, parsed.data as never, new Date()) };
}

export async function lawStepSubmit(c: Ctx) {
  const step = c.req.param('step') ?? '';
  const id = pathId(c);
  if (!Object.hasOwn(STEP_FORMS, step) || !id) return renderErrorPage(c, 'notFound');
  const posted = postedOf(await c.req.parseBody());
  const outcome = await runStep(c, id, step as keyof typeof STEP_FORMS, posted);
  if (outcome.problems) return lawPageWith(c, { step, problems: outcome.problems, posted });
  if (!outcome.result.ok) {
    const { code, article } = outcome.result.error;
    if (code === 'not-found') return renderErrorPage(c, 'notFound');
    return lawPageWith(c, { step, problems: [{ field: '', code, article }], posted });
  }
  return c.redirect(`/assembly/laws/${id}?saved=1`, 303);
}

async function newBillForm(c: Ctx, problems: FieldProblem[] = [], posted?: Posted) {
  return newBillView(c, await membershipChoices(c.get('deps').db.kysely), problems, posted);
}

export const newBillPage = (c: Ctx) => newBillForm(c);

export async function billSubmit(c: Ctx) {
  const posted = postedOf(await c.req.parseBody());
  const parsed = billInputSchema.safeParse({
    titleKm: one(posted, 'titleKm'),
    titleEn: one(posted, 'titleEn'),
    initiatedBy: one(posted, 'initiatedBy') || undefined,
    initiatorMembershipId: one(posted, 'initiatorMembershipId'),
    introducedOn: one(posted, 'introducedOn'),
  });
  if (!parsed.success) return newBillForm(c, problemsOf(parsed.error), posted);
  const result = await introduceBill(c.get('deps').db, actorOf(c), parsed.data, new Date());
  if (!result.ok) return newBillForm(c, [{ field: '', ...result.error }], posted);
  return c.redirect(`/assembly/laws/${result.value.id}?saved=1`, 303);
}
