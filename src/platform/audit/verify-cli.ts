// `npm run audit:verify`: walks the audit chain and every OWSO office's receipt chain, and reports the first broken link.
import { ConfigError, loadConfig } from '../../config';
import { connect } from '../../db/connect';
import { verifyAllReceiptChains } from '../../modules/owso';
import { verifyAuditChain } from './audit.queries';

const RECEIPT_BREAKS = {
  edited: 'its content no longer matches its hash (edited by hand)',
  missing: 'a receipt is missing there, or does not follow the one before it',
  'tail-missing': 'the office counter issued more receipts than remain (the last ones were deleted)',
} as const;

try {
  const db = connect(loadConfig().database);
  const check = await verifyAuditChain(db.kysely);
  const receiptChains = await verifyAllReceiptChains(db.kysely);
  await db.close();
  for (const { officeCode, check: office } of receiptChains) {
    if (office.ok) {
      console.log(`Receipt chain of ${officeCode} intact: ${office.receipts} receipts.`);
    } else {
      console.error(
        `Receipt chain of ${officeCode} BROKEN at sequence ${office.brokenAtSeq}: ${RECEIPT_BREAKS[office.reason]}. ${office.receipts} receipts before it are intact.`,
      );
      process.exitCode = 2;
    }
  }
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
