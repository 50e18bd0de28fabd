import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../db/client.ts';
import { crises, outboundMessages } from '../db/schema/index.ts';

/** The delivery queue of one channel, as seen by the metrics. */
export interface ChannelQueue {
  channel: string;
  /** Messages waiting to be sent or being sent (`queued`, `sending`). */
  depth: number;
  /** Age of the oldest of them, in seconds (0 when none). */
  oldestSeconds: number;
  /** Messages given up after their last attempt (`failed`). */
  failed: number;
  /** Waiting messages that have failed at least once and wait for a retry. */
  retrying: number;
}

/**
 * The delivery queue per channel, in one statement through the (status, next_attempt_at) index:
 * delivered rows (the vast majority) are not read.
 */
export async function deliveryQueue(db: Executor): Promise<ChannelQueue[]> {
  const rows = await rowsOf<{
    channel: string;
    depth: number;
    oldest: number;
    failed: number;
    retrying: number;
  }>(
    db,
    sql`
    select ${outboundMessages.channel} as channel,
           count(*) filter (where ${outboundMessages.status} <> 'failed')::int as depth,
           coalesce(extract(epoch from now() - min(${outboundMessages.createdAt})
             filter (where ${outboundMessages.status} <> 'failed')), 0)::float8 as oldest,
           count(*) filter (where ${outboundMessages.status} = 'failed')::int as failed,
           count(*) filter (where ${outboundMessages.status} <> 'failed'
                              and ${outboundMessages.attempts} > 0)::int as retrying
      from ${outboundMessages}
     where ${outboundMessages.status} in ('queued', 'sending', 'failed')
     group by ${outboundMessages.channel}`,
  );
  return rows.map((r) => ({
    channel: r.channel,
    depth: Number(r.depth),
    oldestSeconds: Math.max(0, Number(r.oldest)),
    failed: Number(r.failed),
    retrying: Number(r.retrying),
  }));
}

/** Crises declared and not yet closed. */
export async function activeCrisisCount(db: Executor): Promise<number> {
  const rows = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${crises} where ${crises.status} = 'active'`,
  );
  return Number(rows[0]?.n ?? 0);
}
