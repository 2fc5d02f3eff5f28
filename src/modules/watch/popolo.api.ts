// GET /api/popolo.json: the Assembly as open data in the Popolo standard — persons (members, never
// citizens), organizations (the Assembly, parties, commissions, ministries), memberships, posts, areas
// (constituencies), events (sittings), motions, and vote events with counts and votes.

import { z } from 'zod';
import type { Executor } from '../../db/database';
import type { Ctx, RouteDoc } from '../../platform/http/types';
import {
  allLegislatures,
  allMemberships,
  allMinistries,
  allNamedVotes,
  allParties,
  allPersons,
  allPosts,
  allSittings,
  allVoteEventsWithDay,
  listCommissionNames,
} from '../assembly';
import { provinces as allProvinces } from '../places';

const ASSEMBLY = 'org/national-assembly';
const id = (kind: string, value: string | number) => `${kind}/${value}`;
/** Popolo's date-time fields: a sitting's day, at midnight in Phnom Penh. */
const dayStart = (day: string) => `${day}T00:00:00+07:00`;

const name = (km: string, en: string) => ({
  name: en,
  other_names: [{ name: km, note: 'km' }],
});

export async function buildPopolo(db: Executor) {
  const [
    legislatures,
    persons,
    parties,
    memberships,
    posts,
    provinces,
    commissions,
    ministries,
    sittings,
    votes,
    named,
  ] = await Promise.all([
    allLegislatures(db),
    allPersons(db),
    allParties(db),
    allMemberships(db),
    allPosts(db),
    allProvinces(db),
    listCommissionNames(db),
    allMinistries(db),
    allSittings(db),
    allVoteEventsWithDay(db),
    allNamedVotes(db),
  ]);
  const partyOf = new Map(parties.map((p) => [p.id, p.code]));
  const votesByEvent = new Map<number, typeof named>();
  for (const vote of named) {
    const list = votesByEvent.get(vote.vote_event_id);
    if (list) list.push(vote);
    else votesByEvent.set(vote.vote_event_id, [vote]);
  }
  // A roll-call names who did not vote (absent at the sitting, or present and not voting); a vote
  // recorded only as counts leaves out every seat not present.
  const absentOf = (v: { id: number; members_total: number; present_count: number }) => {
    const named = votesByEvent.get(v.id);
    return named ? named.filter((n) => n.option === 'absent').length : v.members_total - v.present_count;
  };

  // A member, seat or post a roster import brought keeps the id it came with, so importing this file again
  // finds the same rows.
  const personKey = new Map(persons.map((p) => [p.id, p.popolo_id ?? id('person', p.id)]));
  const personRef = (personId: number) => personKey.get(personId) ?? id('person', personId);
  const legislatureNumber = new Map(legislatures.map((l) => [l.id, l.number]));
  const organization = (legislatureId: number) =>
    id('org/legislature', legislatureNumber.get(legislatureId) ?? 0);
  return {
    persons: persons.map((p) => ({
      id: personRef(p.id),
      ...name(p.name_km, p.name_en),
      gender: p.gender,
    })),
    organizations: [
      { id: ASSEMBLY, ...name('រដ្ឋសភាជាតិ', 'National Assembly of Cambodia'), classification: 'legislature' },
      ...legislatures.map((l) => ({
        id: id('org/legislature', l.number),
        name: `National Assembly, legislature ${l.number}`,
        classification: 'legislature',
        parent_id: ASSEMBLY,
        founding_date: l.convened_on ?? l.elected_on,
        dissolution_date: l.ends_on,
      })),
      ...parties.map((p) => ({
        id: id('org/party', p.code),
        ...name(p.name_km, p.name_en),
        classification: 'party',
      })),
      ...commissions.map((c) => ({
        id: id('org/commission', c.code),
        // The stored names, as the roster import reads them back: a commission whose Khmer name is not yet
        // recorded has no Khmer name here (neither its English name nor its Khmer number stands in).
        ...(c.name_km ? name(c.name_km, c.name_en) : { name: c.name_en }),
        classification: 'committee',
        parent_id: ASSEMBLY,
      })),
      ...ministries.map((m) => ({
        id: id('org/ministry', m.code),
        ...name(m.name_km, m.name_en),
        classification: m.is_prime_minister ? 'head_of_government' : 'ministry',
      })),
    ],
    areas: provinces.map((p) => ({
      id: id('area/province', p.code),
      ...name(p.name_km, p.name_latin),
      identifier: p.code,
      classification: 'constituency',
    })),
    posts: posts.map((p) => ({
      id: id('post', p.id),
      label: p.role,
      role: p.role,
      organization_id: p.commission_code ? id('org/commission', p.commission_code) : ASSEMBLY,
      start_date: p.start_date,
      end_date: p.end_date,
    })),
    memberships: [
      ...memberships.map((m) => ({
        id: m.popolo_id ?? id('membership', m.id),
        role: 'member',
        person_id: personRef(m.person_id),
        organization_id: organization(m.legislature_id),
        area_id: id('area/province', m.province_code),
        on_behalf_of_id: m.party_id ? id('org/party', partyOf.get(m.party_id) ?? '') : null,
        start_date: m.start_date,
        end_date: m.end_date,
      })),
      ...posts.map((p) => ({
        id: p.popolo_id ?? id('membership/post', p.id),
        role: p.role,
        person_id: personRef(p.person_id),
        organization_id: p.commission_code ? id('org/commission', p.commission_code) : ASSEMBLY,
        post_id: id('post', p.id),
        start_date: p.start_date,
        end_date: p.end_date,
      })),
    ],
    events: sittings.map((s) => ({
      id: id('sitting', s.id),
      ...name(s.title_km, s.title_en),
      start_date: s.sitting_on,
      classification: 'sitting',
      organization_id: organization(s.legislature_id),
    })),
    motions: votes.map((v) => ({
      id: id('motion', v.id),
      organization_id: ASSEMBLY,
      text: v.title_en,
      classification: v.matter,
      date: dayStart(v.sitting_on),
      requirement: `${v.required} of ${v.members_total} members (Art. ${v.article})`,
      result: v.outcome,
    })),
    vote_events: votes.map((v) => ({
      id: id('vote_event', v.id),
      motion_id: id('motion', v.id),
      organization_id: ASSEMBLY,
      identifier: `sitting/${v.sitting_id}`,
      start_date: dayStart(v.sitting_on),
      result: v.outcome === 'adopted' ? 'pass' : v.outcome === 'rejected' ? 'fail' : 'invalid',
      counts: [
        { option: 'yes', value: v.yes_count },
        { option: 'no', value: v.no_count },
        { option: 'abstain', value: v.abstain_count },
        { option: 'absent', value: absentOf(v) },
      ],
      votes: (votesByEvent.get(v.id) ?? []).map((n) => ({
        voter_id: personRef(n.person_id),
        option: n.option,
      })),
    })),
  };
}

export async function popoloApi(c: Ctx) {
  c.header('Cache-Control', 'public, max-age=300');
  return c.json(await buildPopolo(c.get('deps').db.kysely));
}

const entity = z.object({ id: z.string() }).passthrough();

export const popoloDoc: RouteDoc = {
  summary:
    'The Assembly as Popolo open data: persons (members only, never citizens), organizations, memberships, posts, areas, events (sittings), motions and vote events with counts and votes.',
  tag: 'watch',
  response: z.object({
    persons: z.array(entity),
    organizations: z.array(entity),
    memberships: z.array(entity),
    posts: z.array(entity),
    areas: z.array(entity),
    events: z.array(entity),
    motions: z.array(entity),
    vote_events: z.array(entity),
  }),
};
