// Atom feeds of the Assembly's new questions, answers and laws, newest first.
import { ATOM_TYPE, type AtomEntry, renderAtom } from '../../platform/feeds/atom';
import type { Ctx } from '../../platform/http/types';
import { latestAnswers, latestBills, latestQuestions } from '../assembly';

/** The newest entries a feed carries. */
export const FEED_SIZE = 50;

const dayInstant = (day: string) => `${day}T00:00:00+07:00`;

export function feedResponse(c: Ctx, name: string, title: string, entries: AtomEntry[]) {
  const base = c.get('deps').config.baseUrl;
  c.header('Content-Type', ATOM_TYPE);
  c.header('Cache-Control', 'public, max-age=300');
  return c.body(
    renderAtom(
      { id: `tag:sala,2026:feed/${name}`, title, selfLink: `${base}/watch/${name}.atom`, now: new Date() },
      entries,
    ),
  );
}

export async function questionsFeed(c: Ctx) {
  const base = c.get('deps').config.baseUrl;
  const rows = await latestQuestions(c.get('deps').db.kysely, FEED_SIZE);
  return feedResponse(
    c,
    'questions',
    'Questions to the government — សំណួរទៅរាជរដ្ឋាភិបាល',
    rows.map((q) => ({
      id: `tag:sala,2026:question/${q.id}`,
      title: q.subject,
      updated: q.recorded_at,
      link: `${base}/assembly/questions/${q.id}`,
      summary: `Received ${q.received_on}; answer due ${q.due_on} (Art. 96).`,
    })),
  );
}

export async function answersFeed(c: Ctx) {
  const base = c.get('deps').config.baseUrl;
  const rows = await latestAnswers(c.get('deps').db.kysely, FEED_SIZE);
  return feedResponse(
    c,
    'answers',
    'Answers from the government — ចម្លើយពីរាជរដ្ឋាភិបាល',
    rows.map((q) => ({
      id: `tag:sala,2026:answer/${q.id}`,
      title: q.subject,
      updated: dayInstant(q.answered_on as string),
      link: `${base}/assembly/questions/${q.id}`,
      summary: `${q.answer_kind === 'oral' ? 'Oral' : 'Written'} answer on ${q.answered_on} (${(q.answered_on as string) <= q.due_on ? 'in time' : 'late'}): ${q.answer_summary ?? ''}`,
    })),
  );
}

export async function lawsFeed(c: Ctx) {
  const base = c.get('deps').config.baseUrl;
  const rows = await latestBills(c.get('deps').db.kysely, FEED_SIZE);
  return feedResponse(
    c,
    'laws',
    'Bills and laws — សេចក្ដីព្រាងច្បាប់ និងច្បាប់',
    rows.map((b) => ({
      id: `tag:sala,2026:law/${b.id}`,
      title: `${b.title_km} — ${b.title_en}`,
      updated: b.updated_at,
      link: `${base}/assembly/laws/${b.id}`,
      summary: b.signed_on
        ? `Signed ${b.signed_on}; in force nationwide ${b.effective_nationwide} (Art. 93).`
        : b.adopted_on
          ? `Adopted ${b.adopted_on}.`
          : 'Introduced.',
    })),
  );
}
