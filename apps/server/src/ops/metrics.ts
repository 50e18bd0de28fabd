import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/client.ts';
import { CHANNELS } from '../messaging/queue.ts';
import { activeCrisisCount, deliveryQueue, type ChannelQueue } from './ops.queries.ts';

type Labels = 'method' | 'route' | 'status_code';

export interface Metrics {
  registry: Registry;
  /** The Prometheus text: reads the queue and crises from the database, then renders. */
  text(): Promise<string>;
  /**
   * Counts one answered request: `route` is the route's pattern (`/api/people/:id`), never the
   * raw URL, so that the number of series stays bounded.
   */
  observe(method: string, route: string | undefined, statusCode: number, ms: number): void;
}

/**
 * The Prometheus metrics of one server process: request rate and latency by route (kept in
 * memory, updated per request at the cost of a map lookup), and — read from the database when
 * scraped — the delivery queue by channel, failed deliveries, active crises and the connection
 * pool. Each process has its own registry; Prometheus adds the processes up.
 */
export function createMetrics(database: Database): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const duration = new Histogram<Labels>({
    name: 'fieldsafe_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  // One child per (method, route, status): found by a string key instead of prom-client's
  // label hashing on every request.
  const children = new Map<string, { observe(value: number): void }>();

  // What the database says is read once per scrape, before the registry is rendered.
  let snapshot: { queue: ChannelQueue[]; crises: number } = { queue: [], crises: 0 };
  const perChannel = (pick: (q: ChannelQueue) => number) =>
    function collect(this: Gauge<'channel'>) {
      for (const channel of CHANNELS) {
        const row = snapshot.queue.find((r) => r.channel === channel);
        this.set({ channel }, row ? pick(row) : 0);
      }
    };
  const up = new Gauge({
    name: 'fieldsafe_database_up',
    help: 'Whether the database answered the last scrape (1) or not (0)',
    registers: [registry],
  });
  new Gauge<'channel'>({
    name: 'fieldsafe_delivery_queue_depth',
    help: 'Messages waiting to be delivered (queued or being sent), by channel',
    labelNames: ['channel'],
    registers: [registry],
    collect: perChannel((q) => q.depth),
  });
  new Gauge<'channel'>({
    name: 'fieldsafe_delivery_queue_oldest_seconds',
    help: 'Age of the oldest message waiting to be delivered, by channel (0 when none waits)',
    labelNames: ['channel'],
    registers: [registry],
    collect: perChannel((q) => q.oldestSeconds),
  });
  new Gauge<'channel'>({
    name: 'fieldsafe_delivery_retrying_messages',
    help: 'Messages waiting for a retry after a failed attempt, by channel',
    labelNames: ['channel'],
    registers: [registry],
    collect: perChannel((q) => q.retrying),
  });
  new Gauge<'channel'>({
    name: 'fieldsafe_delivery_failed_messages',
    help: 'Messages given up after their last attempt (status failed), by channel',
    labelNames: ['channel'],
    registers: [registry],
    collect: perChannel((q) => q.failed),
  });
  new Gauge({
    name: 'fieldsafe_active_crises',
    help: 'Crises declared and not closed',
    registers: [registry],
    collect() {
      this.set(snapshot.crises);
    },
  });
  new Gauge<'state'>({
    name: 'fieldsafe_db_pool_connections',
    help: 'Database connections of this process: total open, idle, and requests waiting for one',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const use = database.poolUse();
      this.set({ state: 'total' }, use.total);
      this.set({ state: 'idle' }, use.idle);
      this.set({ state: 'in_use' }, use.total - use.idle);
      this.set({ state: 'waiting' }, use.waiting);
    },
  });
  new Gauge({
    name: 'fieldsafe_db_pool_max',
    help: 'Most database connections this process may open',
    registers: [registry],
    collect() {
      this.set(database.poolUse().max);
    },
  });

  return {
    registry,
    async text() {
      try {
        const [queue, crises] = await Promise.all([
          deliveryQueue(database.db),
          activeCrisisCount(database.db),
        ]);
        snapshot = { queue, crises };
        up.set(1);
      } catch {
        // Keep the last values; the gauge says they are stale.
        up.set(0);
      }
      return registry.metrics();
    },
    observe(method, route, statusCode, ms) {
      const path = route ?? '(unmatched)';
      const key = `${method} ${statusCode} ${path}`;
      let child = children.get(key);
      if (!child) {
        child = duration.labels({ method, route: path, status_code: String(statusCode) });
        children.set(key, child);
      }
      child.observe(ms / 1000);
    },
  };
}
