import type { Db } from '../db/client.ts';
import { setReceipt, smsReceiptOf } from './receipts.queries.ts';

export const RECEIPT_STATUSES = ['queued', 'sent', 'delivered', 'undelivered', 'failed'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];

/**
 * Records a gateway's delivery receipt on the SMS's queue row (one row per recipient). A later
 * receipt replaces an earlier one, except that `delivered` or a failure is never overwritten by
 * `sent` or `queued` arriving late. Returns whether the row is ours.
 */
export async function recordReceipt(
  db: Db,
  id: string,
  status: ReceiptStatus,
  error: string | null,
): Promise<boolean> {
  const row = await smsReceiptOf(db, id);
  if (!row) return false;
  const final = ['delivered', 'undelivered', 'failed'];
  if (row.receiptStatus && final.includes(row.receiptStatus) && !final.includes(status))
    return true;
  await setReceipt(db, id, status, error?.slice(0, 500) ?? null);
  return true;
}
