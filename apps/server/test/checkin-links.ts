import { and, eq } from 'drizzle-orm';
import { checkinSecret, withCheckinLink } from '../src/crisis/token.ts';
import type { Db } from '../src/db/client.ts';
import { outboundMessages } from '../src/db/schema/index.ts';

/**
 * Each recipient's check-in path (`/checkin/<token>`) of a queued check-in message, signed as the
 * delivery worker signs it when it sends (the queue holds no token).
 */
export async function checkinPathsOf(db: Db, messageId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ recipientId: outboundMessages.recipientId, params: outboundMessages.params })
    .from(outboundMessages)
    .where(and(eq(outboundMessages.messageId, messageId), eq(outboundMessages.channel, 'in_app')));
  const secret = await checkinSecret(db);
  return new Map(
    rows.map((r) => [
      r.recipientId,
      String(withCheckinLink(secret, '', r.recipientId, r.params).path),
    ]),
  );
}
