import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { outboundMessages } from '../db/schema/index.ts';

/** The receipt recorded so far on an SMS's queue row (none: not an SMS of ours). */
export async function smsReceiptOf(db: Db, id: string) {
  const [row] = await db
    .select({ receiptStatus: outboundMessages.receiptStatus })
    .from(outboundMessages)
    .where(and(eq(outboundMessages.id, id), eq(outboundMessages.channel, 'sms')));
  return row;
}

export async function setReceipt(db: Db, id: string, status: string, error: string | null) {
  await db
    .update(outboundMessages)
    .set({ receiptStatus: status, receiptAt: new Date(), receiptError: error })
    .where(eq(outboundMessages.id, id));
}
