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

/** Tuning of a `groupCommitter`. */
export interface GroupCommit {
  /** Statements per transaction, at most. */
  batch: number;
  /** Transactions in flight at once. */
  writers: number;
}

/**
 * Group commit for a hot write that is one statement (an incident report): statements that
 * arrive while `writers` transactions are in flight are gathered, by statement text, into the
 * next transaction — one round trip and one commit for many, each statement still atomic on
 * its own terms. A statement alone is run as it would be without the committer. When a batch
 * fails, its statements are run one by one, so one bad statement fails alone, with its own error.
 * On the embedded database (one in-process connection, no network) statements run directly.
 */
export function groupCommitter(db: Db, { batch: max, writers: maxWriters }: GroupCommit) {
  /** The pool of a PostgreSQL server, null on the embedded database; looked up on first use. */
  let pool: pg.Pool | null | undefined;
  const poolOf = () => {
    if (pool === undefined) {
      const client: unknown = (db as unknown as { $client?: unknown }).$client;
      pool = client instanceof pg.Pool ? client : null;
    }
    return pool;
  };
  type Waiting = { statement: Statement; resolve(): void; reject(e: unknown): void };
  let queue: Waiting[] = [];
  let writers = 0;
  /** The next batch: the oldest statement and those of the same text behind it. */
  const next = () => {
    const first = queue[0];
    if (!first) return [];
    const batch: Waiting[] = [];
    const rest: Waiting[] = [];
    for (const w of queue)
      if (batch.length < max && w.statement.sql === first.statement.sql) batch.push(w);
      else rest.push(w);
    queue = rest;
    return batch;
  };
  /** A statement on its own, as it would run without the committer. */
  const alone = (statement: Statement) => executePreparedQuery(db, statement).then(() => undefined);
  const one = (w: Waiting) => alone(w.statement).then(w.resolve, w.reject);
  const drain = async (pool: pg.Pool) => {
    writers++;
    try {
      for (let batch = next(); batch.length > 0; batch = next()) {
        if (batch.length === 1) {
          await one(batch[0]!);
          continue;
        }
        try {
          await executeBatch(
            pool,
            batch[0]!.statement.sql,
            batch.map((w) => w.statement.params),
          );
          for (const w of batch) w.resolve();
        } catch {
          for (const w of batch) await one(w);
        }
      }
    } finally {
      writers--;
    }
  };
  return (statement: Statement): Promise<void> => {
    const pool = poolOf();
    if (!pool) return alone(statement);
    return new Promise<void>((resolve, reject) => {
      queue.push({ statement, resolve, reject });
      if (writers < maxWriters) void drain(pool);
    });
  };
}
