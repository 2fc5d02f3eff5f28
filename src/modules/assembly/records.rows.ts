// The rows the Assembly's views are handed, named after what they hold. The handlers load them with the
// query functions; the views take these types and never the queries themselves.
import type {
  currentLegislature,
  findPerson,
  membershipsOfPerson,
  membersOf,
  postsOf,
  postsOfMemberships,
  seatedOn,
} from './members.queries';
import type {
  addresseesOf,
  amendmentsOf,
  askerOf,
  billsAwaitingVote,
  findBill,
  findQuestion,
  listBills,
  listMinistries,
  listQuestions,
  membershipChoices,
  passingVotesOfBill,
} from './questions-laws.queries';
import type {
  attendanceOf,
  findSitting,
  sessionsOf,
  sittingsOfLegislature,
  voteEventsOf,
  votesOf,
} from './sittings.queries';

type Rows<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

export type LegislatureRow = NonNullable<Rows<typeof currentLegislature>>;
export type PersonRow = NonNullable<Rows<typeof findPerson>>;
export type SeatsOfPersonRows = Rows<typeof membershipsOfPerson>;
export type MemberRows = Rows<typeof membersOf>;
export type PostRows = Rows<typeof postsOf>;
export type HeldPostRows = Rows<typeof postsOfMemberships>;
export type SeatedRows = Rows<typeof seatedOn>;

export type SittingRow = NonNullable<Rows<typeof findSitting>>;
export type AttendanceRows = Rows<typeof attendanceOf>;
export type SessionRows = Rows<typeof sessionsOf>;
export type SittingListRows = Rows<typeof sittingsOfLegislature>;
export type VoteEventRows = Rows<typeof voteEventsOf>;
export type NamedVoteRows = Rows<typeof votesOf>;

export type BillRow = NonNullable<Rows<typeof findBill>>;
export type BillListRows = Rows<typeof listBills>;
export type AmendmentRows = Rows<typeof amendmentsOf>;
export type InitiatorRow = Rows<typeof askerOf>;
export type MemberChoiceRows = Rows<typeof membershipChoices>;
export type PassingVoteRows = Rows<typeof passingVotesOfBill>;
export type BillsAwaitingVoteRows = Rows<typeof billsAwaitingVote>;

export type QuestionRow = NonNullable<Rows<typeof findQuestion>>;
export type QuestionListRows = Rows<typeof listQuestions>;
export type AddresseeRows = Rows<typeof addresseesOf>;
export type MinistryRows = Rows<typeof listMinistries>;
