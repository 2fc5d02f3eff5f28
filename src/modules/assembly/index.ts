// Manifest of the assembly module: the commissions (members, sessions and votes come with the procedure rules).
import { z } from 'zod';
import type { ModuleManifest } from '../../platform/http/types';
import { COMMISSION_EDITORS } from './assembly.policy';
import { commissionJson, commissionsApi } from './commission.api';
import { commissionEditPage, commissionEditSubmit, commissionsPage } from './commission.routes';
import { createDemoAssembly } from './demo-assembly';
import { createDemoQuestionsLaws } from './demo-questions-laws';
import { loadCommissions } from './load-commissions';
import { membersRoutes } from './members.routes';
import { procedureRoutes } from './procedure.routes';
import { questionsLawsRoutes } from './questions-laws.routes';
import { secretariatRoutes } from './secretariat.routes';
import { sittingsRoutes } from './sittings.routes';
import { termRoutes } from './term.routes';

export { findCommission } from './commission.queries';
export { demoMemberName } from './demo-names';
export { DEMO_MINISTRY_CODE, ensureDemoMinistries } from './demo-questions-laws';
export { loadCommissions } from './load-commissions';
export { currentLegislature, findPerson, listCommissionNames } from './members.queries';
// The Assembly's records as other modules read them: no other module selects from the Assembly's tables.
export {
  allBills,
  allLegislatures,
  allMemberships,
  allMinistries,
  allNamedVotes,
  allParties,
  allPersons,
  allPosts,
  allQuestionAddressees,
  allQuestions,
  allSittings,
  allVoteEvents,
  allVoteEventsWithDay,
  allVotesByMember,
  attendanceOfMembers,
  demoPersonsNamed,
  findMinistry,
  latestAnswers,
  latestBills,
  latestMembershipIn,
  latestQuestions,
  membersForIndicators,
  membershipsForOpenData,
  personNamesEn,
  postsHeldOn,
  questionsAskedBy,
  questionsToMinistries,
  questionsToMinistry,
  seatOf,
  sittingsWithAttendanceCounts,
  votesCastBy,
} from './open-record.queries';
export { questionLettersOnDisk } from './question-letters-on-disk.service';
export {
  type AnswerError,
  answerInputSchema,
  QUESTION_LETTERS_FOLDER,
  recordAnswerIn,
  type SignedAnswer,
} from './questions.commands';
export { type QuestionStatus, questionStatus } from './questions.rules';
export { rosterImporter } from './roster-import.commands';

export const assemblyModule: ModuleManifest = {
  name: 'assembly',
  // Members' constituencies are provinces.
  dataAfter: ['places'],
  loadReference: async (db, now) =>
    (await loadCommissions(db, now)).loaded ? ["the Assembly's commissions"] : [],
  seedDemo: async (db, now) => {
    await createDemoAssembly(db, now);
    await createDemoQuestionsLaws(db, now);
  },
  nav: [
    { href: '/commissions', label: { en: 'Commissions', km: 'គណៈកម្មការ' }, access: 'public' },
    { href: '/assembly', label: { en: 'National Assembly', km: 'រដ្ឋសភា' }, access: 'public' },
    { href: '/assembly/rules', label: { en: 'Assembly rules', km: 'វិធានរដ្ឋសភា' }, access: 'public' },
    { href: '/assembly/questions', label: { en: 'Questions', km: 'សំណួរ' }, access: 'public' },
    { href: '/assembly/laws', label: { en: 'Laws', km: 'ច្បាប់' }, access: 'public' },
  ],
  routes: [
    { method: 'GET', path: '/commissions', kind: 'page', access: 'public', handler: commissionsPage },
    {
      method: 'GET',
      path: '/api/commissions',
      kind: 'api',
      access: 'public',
      handler: commissionsApi,
      doc: {
        summary: "The Assembly's commissions.",
        tag: 'assembly',
        response: z.object({ commissions: z.array(commissionJson) }),
      },
    },
    {
      method: 'GET',
      path: '/admin/commissions/:code',
      kind: 'page',
      access: COMMISSION_EDITORS,
      example: { code: 'C01' },
      handler: commissionEditPage,
    },
    {
      method: 'POST',
      path: '/admin/commissions/:code',
      kind: 'page',
      access: COMMISSION_EDITORS,
      example: { code: 'C01' },
      handler: commissionEditSubmit,
    },
    ...procedureRoutes,
    ...membersRoutes,
    ...sittingsRoutes,
    ...secretariatRoutes,
    ...termRoutes,
    ...questionsLawsRoutes,
  ],
};
