import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { outboundMessages } from '../db/schema/index.ts';

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
  const [row] = await db
    .select({ receiptStatus: outboundMessages.receiptStatus })
    .from(outboundMessages)
    .where(and(eq(outboundMessages.id, id), eq(outboundMessages.channel, 'sms')));
  if (!row) return false;
  const final = ['delivered', 'undelivered', 'failed'];
  if (row.receiptStatus && final.includes(row.receiptStatus) && !final.includes(status))
    return true;
  await db
    .update(outboundMessages)
    .set({
      receiptStatus: status,
      receiptAt: new Date(),
      receiptError: error?.slice(0, 500) ?? null,
    })
    .where(eq(outboundMessages.id, id));
  return true;
}
