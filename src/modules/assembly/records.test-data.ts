// What the records' tests start from: the gazetteer (constituencies) and the commissions.
import type { Db } from '../../db/connect';
import { loadGazetteer } from '../places';
import { loadCommissions } from './load-commissions';

export async function loadPlacesAndCommissions(db: Db): Promise<void> {
  await loadGazetteer(db);
  await loadCommissions(db, new Date());
}
