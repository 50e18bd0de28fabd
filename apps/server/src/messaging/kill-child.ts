/**
 * A delivery worker in a process of its own, for the kill test (messaging/kill.test.ts): it
 * delivers e-mail from the queue until it is killed.
 */
import { connectPostgres } from '../db/client.ts';
import { emailAdapter } from './adapters.ts';
import { startDeliveryWorker } from './worker.ts';

const url = process.env.KILL_TEST_DATABASE_URL;
const smtp = process.env.KILL_TEST_SMTP_URL;
if (!url || !smtp) throw new Error('KILL_TEST_DATABASE_URL and KILL_TEST_SMTP_URL are required');
const database = connectPostgres(url, 4);
startDeliveryWorker(
  database.db,
  { email: emailAdapter(smtp) },
  {
    concurrency: 50,
    lanes: 2,
    lockSeconds: 2,
    pollMs: 20,
  },
);
process.stdout.write('started\n');
