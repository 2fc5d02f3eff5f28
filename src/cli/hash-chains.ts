// The hash chains Sala keeps, for the checkpoint loop (main.ts) and the audit tools here: the audit trail
// (platform) and every OWSO office's receipts (a module). Composed here, above both, so platform/audit
// never imports a module.
import { receiptChainSource } from '../modules/owso';
import { auditChainSource } from '../platform/audit/audit-chain-source';
import type { ChainSource } from '../platform/audit/checkpoints';

export const HASH_CHAINS: ChainSource[] = [auditChainSource, receiptChainSource];
