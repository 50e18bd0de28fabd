import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.ts';
import { pgArray } from '../db/prepared.ts';
import { checkinSecret, withCheckinLink } from '../crisis/token.ts';
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

/**
 * Thrown by an adapter that may not send now (e.g. its gateway's send rate is used up): the row
 * goes back on the queue for `afterMs`, without counting as a failed attempt.
 */
export class DeferDelivery extends Error {
  constructor(readonly afterMs: number) {
    super('deferred: send rate reached');
    this.name = 'DeferDelivery';
  }
}

/** Sends one message on one channel; throws when it was not accepted. */
export interface Adapter {
  send(delivery: Delivery, content: Rendered): Promise<void>;
  /**
   * Optional: sends several at once (e.g. one INSERT for in-app notifications). Resolves with,
   * for each delivery in order, null when it was accepted or the error when it was not.
   */
  sendMany?(items: readonly { delivery: Delivery; content: Rendered }[]): Promise<(Error | null)[]>;
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
  /** Rounds in progress at once in `startDeliveryWorker` (each of up to `concurrency` rows). */
  lanes?: number;
  onError?: (error: unknown) => void;
  /** This server's address, for the links in e-mails and SMS (config `publicUrl`). */
  publicUrl?: string;
}

/**
 * Rounds of 200, two at once: a round's claim and record statements are shared by twice the
 * messages of rounds of 100. `npm run bench -- crisis`, alternating: delivery at 1.01–1.08× the
 * bare baseline in six runs, against 0.77–0.99× in eight with rounds of 100; one round of 200 at
 * a time, 0.84× and 0.92×. At most 400 messages are in flight, and sent twice if the process is
 * killed before it records them.
 */
const DEFAULTS = {
  concurrency: 200,
  lanes: 2,
  lockSeconds: 60,
  backoffMs: 5_000,
  maxAttempts: 8,
  pollMs: 1_000,
  publicUrl: '',
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
 * FOR UPDATE SKIP LOCKED, so several workers (or processes) never take the same row. The
 * statement is the function `claim_outbound_messages` (migration 0072), whose plan reads due rows
 * in the order of the (status, next_attempt_at) index and stops after `limit`: a round costs the
 * same whether 100 or 60,000 rows are queued.
 */
async function claim(db: Db, channels: Channel[], limit: number, lockSeconds: number) {
  if (channels.length === 0) return [];
  const rows = await rowsOf<RawRow>(
    db,
    sql`
    select id, message_id, recipient_id, country_id, channel, address, locale, template, params,
           attempts
      from claim_outbound_messages(${pgArray(channels)}::text[], ${limit}::int,
                                   ${lockSeconds}::float8)`,
  );
  return rows.map((r): Delivery => ({
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

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/** Sends a round's rows, each channel through its adapter; resolves with each row's error or null. */
async function sendAll(
  adapters: Adapters,
  rows: Delivery[],
  publicUrl: string,
): Promise<(Error | null)[]> {
  const outcome = new Array<Error | null>(rows.length).fill(null);
  const byChannel = new Map<Channel, number[]>();
  rows.forEach((d, i) => {
    const list = byChannel.get(d.channel);
    if (list) list.push(i);
    else byChannel.set(d.channel, [i]);
  });
  await Promise.all(
    [...byChannel].map(async ([channel, indexes]) => {
      const adapter = adapters[channel];
      if (!adapter) {
        for (const i of indexes) outcome[i] = new Error(`no adapter for ${channel}`);
        return;
      }
      const items: { index: number; delivery: Delivery; content: Rendered }[] = [];
      for (const i of indexes) {
        const delivery = rows[i]!;
        try {
          items.push({
            index: i,
            delivery,
            content: render(delivery.template, delivery.locale, delivery.params, publicUrl),
          });
        } catch (e) {
          outcome[i] = asError(e);
        }
      }
      if (items.length === 0) return;
      if (adapter.sendMany) {
        try {
          const errors = await adapter.sendMany(items);
          items.forEach((it, k) => (outcome[it.index] = errors[k] ?? null));
          return;
        } catch {
          // One bad row fails the whole batch: send them one by one so that it fails alone.
        }
      }
      await Promise.all(
        items.map(async (it) => {
          try {
            await adapter.send(it.delivery, it.content);
          } catch (e) {
            outcome[it.index] = asError(e);
          }
        }),
      );
    }),
  );
  return outcome;
}

/**
 * Records a round's outcome: the delivered rows in one statement, each failure with its backoff.
 * A row is marked only after its send was accepted, so a process killed in between leaves it
 * 'sending' and it is sent again once its lock expires: at most one round's rows twice, none lost.
 */
async function record(db: Db, rows: Delivery[], outcome: (Error | null)[], o: typeof DEFAULTS) {
  const delivered = rows.filter((_, i) => !outcome[i]).map((d) => d.id);
  if (delivered.length > 0)
    await db.execute(sql`
      update outbound_messages
         set status = 'delivered', attempts = attempts + 1, delivered_at = now(),
             locked_until = null, last_error = null, updated_at = now()
       where id = any(${pgArray(delivered)}::uuid[])`);
  await Promise.all(
    rows.map(async (d, i) => {
      const error = outcome[i];
      if (!error) return;
      if (error instanceof DeferDelivery) {
        await db.execute(sql`
          update outbound_messages
             set status = 'queued', locked_until = null, updated_at = now(),
                 next_attempt_at = now() + make_interval(secs => ${error.afterMs / 1000})
           where id = ${d.id}`);
        return;
      }
      const attempts = d.attempts + 1;
      const failed = attempts >= o.maxAttempts;
      const delaySeconds = backoff(attempts, o.backoffMs) / 1000;
      await db.execute(sql`
        update outbound_messages
           set status = ${failed ? 'failed' : 'queued'}, attempts = ${attempts},
               next_attempt_at = now() + make_interval(secs => ${delaySeconds}),
               locked_until = null, last_error = ${error.message.slice(0, 1000)}, updated_at = now()
         where id = ${d.id}`);
    }),
  );
}

/** The server secret of each database, read once (it signs the check-in links). */
const secrets = new WeakMap<Db, Promise<Buffer>>();
const secretOf = (db: Db) => {
  let s = secrets.get(db);
  if (!s) {
    secrets.set(db, (s = checkinSecret(db)));
    s.catch(() => secrets.delete(db));
  }
  return s;
};

/** One round: claims up to `concurrency` due rows and sends them. Returns how many it took. */
export async function deliverDue(
  db: Db,
  adapters: Adapters,
  options: WorkerOptions = {},
): Promise<number> {
  const o = { ...DEFAULTS, ...options };
  const channels = (Object.keys(adapters) as Channel[]).filter((c) => adapters[c]);
  const claimed = await claim(db, channels, o.concurrency, o.lockSeconds);
  if (claimed.length === 0) return 0;
  const publicUrl = o.publicUrl.replace(/\/+$/, '');
  // A check-in message's link is signed for its recipient now (the queue holds no token).
  const secret = claimed.some((d) => d.params.checkin) ? await secretOf(db) : null;
  const rows = secret
    ? claimed.map((d) => ({
        ...d,
        params: withCheckinLink(secret, publicUrl, d.recipientId, d.params),
      }))
    : claimed;
  // The claim is renewed while the round is on the wire, so a slow gateway never lets another
  // worker take over rows this one is still sending (which would send them twice); only a
  // process that died stops renewing, and its rows are taken over once the lock expires.
  const renewal = setInterval(
    () => void renew(db, rows, o.lockSeconds).catch((e: unknown) => o.onError?.(e)),
    Math.max(250, (o.lockSeconds * 1000) / 3),
  );
  renewal.unref();
  try {
    await record(db, rows, await sendAll(adapters, rows, publicUrl), o);
  } finally {
    clearInterval(renewal);
  }
  return rows.length;
}

/** Extends the lock of a round's rows that are still being sent. */
async function renew(db: Db, rows: Delivery[], lockSeconds: number) {
  await db.execute(sql`
    update outbound_messages
       set locked_until = now() + make_interval(secs => ${lockSeconds})
     where status = 'sending' and id = any(${pgArray(rows.map((d) => d.id))}::uuid[])`);
}

export interface DeliveryWorker {
  /** Stops claiming and waits for the rounds in progress. */
  stop(): Promise<void>;
}

/**
 * The in-process worker: `lanes` loops deliver due rows until stopped, so that one round is being
 * claimed or recorded while another's messages are on the wire.
 */
export function startDeliveryWorker(
  db: Db,
  adapters: Adapters,
  options: WorkerOptions = {},
): DeliveryWorker {
  const o = { ...DEFAULTS, ...options };
  let running = true;
  const wakers = new Set<() => void>();
  const lane = async () => {
    while (running) {
      let taken = 0;
      try {
        taken = await deliverDue(db, adapters, o);
      } catch (error) {
        o.onError?.(error);
      }
      if (taken === 0 && running) {
        await new Promise<void>((resolve) => {
          const wake = () => {
            clearTimeout(timer);
            wakers.delete(wake);
            resolve();
          };
          const timer = setTimeout(wake, o.pollMs);
          wakers.add(wake);
        });
      }
    }
  };
  const loops = Promise.all(Array.from({ length: Math.max(1, o.lanes) }, lane));
  return {
    async stop() {
      running = false;
      for (const wake of [...wakers]) wake();
      await loops;
    },
  };
}
