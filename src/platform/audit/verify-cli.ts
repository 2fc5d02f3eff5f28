// `npm run audit:verify`: walks the audit chain and reports the first broken link.
import { ConfigError, loadConfig } from '../../config';
import { connect } from '../../db/connect';
import { verifyAuditChain } from './audit.queries';

try {
  const db = connect(loadConfig().database);
  const check = await verifyAuditChain(db.kysely);
  await db.close();
  if (check.ok) {
    console.log(`Audit chain intact: ${check.rows} rows.`);
  } else {
    const why =
      check.reason === 'row-edited'
        ? 'its content no longer matches its hash (edited by hand)'
        : 'it does not follow the row before it (a row before it was deleted or edited)';
    console.error(
      `Audit chain BROKEN at row ${check.brokenAtId}: ${why}. ${check.rows} rows before it are intact.`,
    );
    process.exit(2);
  }
} catch (err) {
  console.error(err instanceof ConfigError ? `Cannot verify. ${err.message}` : err);
  process.exit(1);
}
