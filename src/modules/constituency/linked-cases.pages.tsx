// A concern tied to a mission or a plan's priority, as both pages list it: its topic and status in words.
import type { Lang } from '../../platform/i18n/i18n';
import { caseStatusText } from '../casework';

export interface LinkedCase {
  tracking_code: string;
  category_code: string;
  category_km: string | null;
  category_en: string | null;
  status: string;
}

/** "(ទឹក, បានទទួល)": the concern's topic in the reader's language (its code if it has no name) and status. */
export function TopicAndStatus(p: { c: LinkedCase; lang: Lang }) {
  return (
    <>
      ({(p.lang === 'km' ? p.c.category_km : p.c.category_en) ?? p.c.category_code},{' '}
      {caseStatusText(p.c.status, p.lang)})
    </>
  );
}
