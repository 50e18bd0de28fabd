import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Channel } from './queue.ts';
import { render, type Rendered } from './templates.ts';

/** A claimed queue row, as an adapter sees it. */
export interface Delivery {
  id: string;
  messageId: string;
  recipientId: string;
  countryId: string | null;
  channel: Channel;
  address: string | null;
  locale: string;
  template: string;
  params: Record<string, unknown>;
  attempts: number;
}

/** Sends one message on one channel; throws when it was not accepted. */
export interface Adapter {
  send(delivery: Delivery, content: Rendered): Promise<void>;
}

export type Adapters = Partial<Record<Channel, Adapter>>;

export interface WorkerOptions {
  /** Rows claimed and sent at once. */
  concurrency?: number;
  /** How long a claim holds before another worker may take the row over (a killed process). */
  lockSeconds?: number;
  /** Wait before the first retry; doubled after each failure (capped at one hour). */
  backoffMs?: number;
  /** After this many failed attempts the row is marked failed. */
  maxAttempts?: number;
  /** Pause when nothing is due. */
  pollMs?: number;
  onError?: (error: unknown) => void;
}

const DEFAULTS = {
  concurrency: 20,
  lockSeconds: 60,
  backoffMs: 5_000,
  maxAttempts: 8,
  pollMs: 1_000,
};

interface RawRow {
  id: string;
  message_id: string;
  recipient_id: string;
  country_id: string | null;
  channel: Channel;
  address: string | null;
  locale: string;
  template: string;
  params: Record<string, unknown> | string;
  attempts: number;
}

/** The delay before retry number `attempts` (1 = first retry): exponential, capped. */
export function backoff(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Claims due rows — queued and due, or left 'sending' by a process whose lock expired — with
 * FOR UPDATE SKIP LOCKED, so several workers (or processes) never take the same row.
 */
async function claim(db: Db, channels: Channel[], limit: number, lockSeconds: number) {
  if (channels.length === 0) return [];
  const result = (await db.execute(sql`
    update outbound_messages
       set status = 'sending',
           locked_until = now() + make_interval(secs => ${lockSeconds}),
           updated_at = now()
     where id in (
       select id from outbound_messages
        where channel in (${sql.join(
          channels.map((c) => sql`${c}`),
          sql`, `,
        )})
          and ((status = 'queued' and next_attempt_at <= now())
            or (status = 'sending' and locked_until < now()))
        order by next_attempt_at
        limit ${limit}
        for update skip locked)
    returning id, message_id, recipient_id, country_id, channel, address, locale, template,
              params, attempts`)) as unknown as { rows: RawRow[] };
  return result.rows.map((r): Delivery => ({
    id: r.id,
    messageId: r.message_id,
    recipientId: r.recipient_id,
    countryId: r.country_id,
    channel: r.channel,
    address: r.address,
    locale: r.locale,
    template: r.template,
    params:
      typeof r.params === 'string' ? (JSON.parse(r.params) as Record<string, unknown>) : r.params,
    attempts: Number(r.attempts),
  }));
}

async function deliverOne(db: Db, adapters: Adapters, d: Delivery, o: typeof DEFAULTS) {
  const attempts = d.attempts + 1;
  try {
    const adapter = adapters[d.channel];
    if (!adapter) throw new Error(`no adapter for ${d.channel}`);
    await adapter.send(d, render(d.template, d.locale, d.params));
    await db.execute(sql`
      update outbound_messages
         set status = 'delivered', attempts = ${attempts}, delivered_at = now(),
             locked_until = null, last_error = null, updated_at = now()
       where id = ${d.id}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failed = attempts >= o.maxAttempts;
    const delaySeconds = backoff(attempts, o.backoffMs) / 1000;
    await db.execute(sql`
      update outbound_messages
         set status = ${failed ? 'failed' : 'queued'}, attempts = ${attempts},
             next_attempt_at = now() + make_interval(secs => ${delaySeconds}),
             locked_until = null, last_error = ${message.slice(0, 1000)}, updated_at = now()
       where id = ${d.id}`);
  }
}

/** One round: claims up to `concurrency` due rows and sends them. Returns how many it took. */
export async function deliverDue(
  db: Db,
  adapters: Adapters,
  options: WorkerOptions = {},
): Promise<number> {
  const o = { ...DEFAULTS, ...options };
  const channels = (Object.keys(adapters) as Channel[]).filter((c) => adapters[c]);
  const rows = await claim(db, channels, o.concurrency, o.lockSeconds);
  await Promise.all(rows.map((d) => deliverOne(db, adapters, d, o)));
  return rows.length;
}

export interface DeliveryWorker {
  /** Stops claiming and waits for the round in progress. */
  stop(): Promise<void>;
}

/** The in-process worker loop: delivers due rows until stopped. */
export function startDeliveryWorker(
  db: Db,
  adapters: Adapters,
  options: WorkerOptions = {},
): DeliveryWorker {
  const o = { ...DEFAULTS, ...options };
  let running = true;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (running) {
      let taken = 0;
      try {
        taken = await deliverDue(db, adapters, o);
      } catch (error) {
        o.onError?.(error);
      }
      if (taken === 0 && running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, o.pollMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
    }
  })();
  return {
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}
