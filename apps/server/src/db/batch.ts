import pg from 'pg';
import { prepareValue } from 'pg/lib/utils.js';
import type { Db } from './client.ts';
import { executePreparedQuery, statementName } from './prepared.ts';

/** A rendered statement: its text and its parameters. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** What of node-postgres's connection a batch uses (its wire-protocol messages). */
interface Wire {
  stream: { cork(): void; uncork(): void };
  parsedStatements: Record<string, string>;
  submittedNamedStatements: Record<string, string>;
  parse(m: { text: string; name: string }): void;
  bind(m: {
    portal: string;
    statement: string;
    values: unknown[];
    valueMapper: (v: unknown) => unknown;
  }): void;
  execute(m: { portal: string }): void;
  sync(): void;
}

/**
 * Several executions of one named prepared statement sent as one message train — Bind and
 * Execute for each, then a single Sync — so PostgreSQL runs them in one implicit transaction:
 * one round trip, one socket write each way and one commit for all. An error rolls back all of
 * them (PostgreSQL skips what follows up to the Sync). A node-postgres submittable (the
 * interface of pg-cursor and pg-query-stream): the client gives it the connection when its
 * turn comes and hands it the backend's answers. Rows the statement might return are ignored.
 */
class PreparedBatch implements pg.Submittable {
  /** Read by the client: a Parse the batch sends is recorded as parsed on the connection. */
  readonly name: string;
  private error: Error | null = null;
  constructor(
    private readonly text: string,
    private readonly runs: readonly unknown[][],
    readonly callback: (error: Error | null) => void,
  ) {
    // `executePreparedQuery`'s name: a connection that prepared it either way reuses the plan.
    this.name = statementName(text);
  }
  submit(pgConnection: pg.Connection): void {
    const connection = pgConnection as unknown as Wire;
    connection.stream.cork();
    try {
      if (
        connection.parsedStatements[this.name] === undefined &&
        connection.submittedNamedStatements[this.name] === undefined
      ) {
        connection.parse({ text: this.text, name: this.name });
        connection.submittedNamedStatements[this.name] = this.text;
      }
      for (const values of this.runs) {
        connection.bind({ portal: '', statement: this.name, values, valueMapper: prepareValue });
        connection.execute({ portal: '' });
      }
      connection.sync();
    } finally {
      connection.stream.uncork();
    }
  }
  handleRowDescription() {}
  handleDataRow() {}
  handleCommandComplete() {}
  handleEmptyQuery() {}
  handlePortalSuspended() {}
  handleCopyInResponse() {}
  handleCopyData() {}
  /** The first error (the client has then let go of the batch; the rest were skipped). */
  handleError(error: Error) {
    this.error ??= error;
    this.callback(error);
  }
  handleReadyForQuery() {
    if (!this.error) this.callback(null);
  }
}

/** Runs `runs` (parameter lists of the statement `text`) in one transaction and round trip. */
async function executeBatch(pool: pg.Pool, text: string, runs: readonly unknown[][]) {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      client.query(new PreparedBatch(text, runs, (error) => (error ? reject(error) : resolve())));
    });
  } catch (error) {
    // A statement's error leaves the connection usable; a lost connection is not reused.
    if (!(error instanceof pg.DatabaseError)) broken = error as Error;
    throw error;
  } finally {
    client.release(broken);
  }
}

/** Tuning of a group commit. */
export interface GroupCommit<T> {
  /** Items per write, at most. */
  batch: number;
  /** Writes in flight at once. */
  writers: number;
  /** Only items of one kind share a write: the oldest waiting item's kind goes next. */
  kind?: (item: T) => string;
  /**
   * Items of one key are written in the order they came: an item waits while another of its key
   * is in a write not yet committed (with several writers, two writes could commit in either
   * order, and the later item must win), and a write holds one item of a key at most.
   */
  key?: (item: T) => string;
}

/**
 * Group commit, the one way the server writes a hot stream of small writes (check-ins, incident
 * reports, received SMS): items that arrive while `writers` writes are in flight are gathered
 * into the next write, up to `batch` of them — one round trip and one commit for many, where
 * each item alone would pay its own. `write` writes a batch and returns each item's result, in
 * order. When a write of several fails, its items are written one by one, so a bad item fails
 * alone, with its own error, and the others are kept.
 */
export function groupCommit<T, R>(
  write: (items: T[]) => Promise<readonly R[]>,
  { batch: max, writers: maxWriters, kind, key }: GroupCommit<T>,
): (item: T) => Promise<R> {
  type Waiting = { item: T; resolve(r: R): void; reject(e: unknown): void };
  let queue: Waiting[] = [];
  let writers = 0;
  /** Keys of the items in writes not yet committed. */
  const inFlight = new Set<string>();
  /** The next batch: the oldest items of the oldest item's kind, one per free key. */
  const next = () => {
    const first = queue[0];
    if (!first) return [];
    const of = kind?.(first.item);
    const batch: Waiting[] = [];
    const rest: Waiting[] = [];
    for (const w of queue) {
      let take = batch.length < max && (of === undefined || kind!(w.item) === of);
      if (take && key) {
        const k = key(w.item);
        take = !inFlight.has(k);
        if (take) inFlight.add(k);
      }
      (take ? batch : rest).push(w);
    }
    queue = rest;
    return batch;
  };
  const one = (w: Waiting) => write([w.item]).then((r) => w.resolve(r[0]!), w.reject);
  const drain = async () => {
    writers++;
    try {
      for (let batch = next(); batch.length > 0; batch = next()) {
        try {
          const results = await write(batch.map((w) => w.item));
          batch.forEach((w, i) => w.resolve(results[i]!));
        } catch (error) {
          if (batch.length === 1) batch[0]!.reject(error);
          else for (const w of batch) await one(w);
        } finally {
          if (key) for (const w of batch) inFlight.delete(key(w.item));
        }
      }
    } finally {
      writers--;
    }
  };
  return (item: T) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (writers < maxWriters) void drain();
    });
}

/**
 * Group commit of a one-statement write (an incident report): statements that arrive together
 * share a transaction, by statement text — Bind and Execute of its named prepared statement for
 * each, then one Sync (`PreparedBatch`) — each statement still atomic on its own terms and
 * seeing those before it. A statement alone runs as it would without the committer, and so does
 * every statement on the embedded database (one in-process connection, no network).
 */
export function statementCommitter(
  db: Db,
  tuning: Pick<GroupCommit<Statement>, 'batch' | 'writers'>,
) {
  const alone = (statement: Statement) => executePreparedQuery(db, statement).then(() => undefined);
  /** Looked up on first use: the OpenAPI build makes the app on a database it must not touch. */
  let commit: ((statement: Statement) => Promise<void>) | undefined;
  const committer = () => {
    const client: unknown = (db as unknown as { $client?: unknown }).$client;
    if (!(client instanceof pg.Pool)) return alone;
    return groupCommit<Statement, void>(
      async (batch) => {
        if (batch.length === 1) await alone(batch[0]!);
        else
          await executeBatch(
            client,
            batch[0]!.sql,
            batch.map((s) => s.params),
          );
        return new Array<void>(batch.length);
      },
      { ...tuning, kind: (s) => s.sql },
    );
  };
  return (statement: Statement): Promise<void> => (commit ??= committer())(statement);
}
