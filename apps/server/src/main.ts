import { loadConfig } from './config.ts';
import { buildApp } from './app.ts';
import { openDatabase } from './db/client.ts';
import { loadReferenceData } from './registry/reference-data.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed/demo.ts';
import { MORE_DEMO_USERS } from './seed/demo-wellbeing.ts';
import { adaptersOf } from './messaging/adapters.ts';
import { startDeliveryWorker } from './messaging/worker.ts';
import { startServerChainer } from './audit/chainer-thread.ts';
import { compactIncidentStats } from './incidents/stats-compactor.ts';
import { startPeriodic } from './jobs/periodic.ts';
import { heldBy, holdDataDir, inUseMessage } from './db/data-lock.ts';
import { normaliseStoredPhones } from './registry/phones.ts';
import { randomBytes } from 'node:crypto';
import { createCrisisService } from './crisis/crisis.service.ts';
import { erasePositionsOutside } from './location/location.service.ts';
import { useServerSecret } from './crisis/token.ts';
import { startLocalSmsGateway } from './sms/local-gateway.ts';
import { createScheduledCheckinService } from './sms/scheduled.service.ts';
import { DEFAULT_PRICE_PER_SEGMENT, DEFAULT_SMS_RATE, smsGatewayAdapter } from './sms/gateways.ts';

const config = loadConfig();
if (!config.databaseUrl) {
  const pid = heldBy(config.dataDir);
  if (pid) {
    console.error(inUseMessage(config.dataDir, pid));
    process.exit(1);
  }
}
const database = await openDatabase(config);
useServerSecret(database.db, config.secret);
const releaseDataDir = database.kind === 'pglite' ? holdDataDir(config.dataDir) : () => undefined;
// Several processes may start at once: one migrates and loads the reference data (and the demo)
// under an advisory lock; the others wait for it and find nothing left to do.
let seeded = false;
const migrated = await database.migrate(async () => {
  await loadReferenceData(database.db);
  seeded = config.seedDemo ? await seedDemo(database.db) : false;
});
const phones = await normaliseStoredPhones(database.db);
if (phones.changed > 0) console.log(`Phone numbers: ${phones.changed} normalised to E.164.`);
if (phones.issues.length > 0)
  console.warn(
    `Phone numbers: ${phones.issues.length} could not be read as E.164 (listed in phone_issues):\n${phones.issues
      .slice(0, 20)
      .map((i) => `  ${i.name}: "${i.phone}" ${i.reason}`)
      .join('\n')}`,
  );

// Demo mode without a configured SMS gateway: a local one on loopback records what is sent and
// posts replies typed on its page, signed like a real gateway's.
const localGateway = config.seedDemo && config.smsGateways.length === 0;
const smsInbound = {
  ...config.smsInbound,
  ...(localGateway && !config.smsInbound.secret
    ? { secret: randomBytes(24).toString('base64url') }
    : {}),
};
const app = await buildApp(database, { ...config, smsInbound });
const crisisJobs = createCrisisService(database.db);
const scheduledJobs = createScheduledCheckinService(database.db);
const reminders = startPeriodic('crisis reminders and missed check-ins', 30_000, async () => {
  await crisisJobs.runReminders();
  await scheduledJobs.runMissed();
  // Positions are kept only while an activation of precise location covers them.
  await erasePositionsOutside(database.db);
});
const chainer = startServerChainer(database, config.secret, import.meta.url);
const compactor = startPeriodic('incident statistics', 5000, () =>
  compactIncidentStats(database.db),
);
const address = await app.listen({ port: config.port, host: config.host });
const url = `http://localhost:${new URL(address).port}`;
const gateway = localGateway
  ? await startLocalSmsGateway({
      serverUrl: `http://127.0.0.1:${new URL(address).port}`,
      secret: smsInbound.secret!,
      port: config.smsLocalGatewayPort,
    })
  : null;
const adapters = adaptersOf(database.db, config);
if (gateway)
  adapters.sms = smsGatewayAdapter(
    [
      {
        kind: 'webhook',
        country: '*',
        url: gateway.webhookUrl,
        rate: DEFAULT_SMS_RATE,
        pricePerSegment: DEFAULT_PRICE_PER_SEGMENT,
      },
    ],
    { statusCallback: `${url}/api/sms/status` },
  );
const delivery = startDeliveryWorker(database.db, adapters, {
  publicUrl: config.publicUrl,
  onError: (e) => app.log.error(e),
});

const where =
  database.kind === 'pglite'
    ? `embedded PostgreSQL in ${config.dataDir}`
    : 'PostgreSQL at DATABASE_URL';
console.log(`
Fieldsafe is running: ${url}
  API documentation: ${url}/api/docs
  Database: ${where}${seeded ? ' (demo country loaded)' : ''}
  Migrations: ${migrated ? `${migrated} applied by this process` : 'current'}${gateway ? `\n  Local SMS gateway (demo): ${gateway.url}` : ''}

Demo logins (password: ${DEMO_PASSWORD}):
${[...DEMO_USERS, ...MORE_DEMO_USERS].map((u) => `  ${u.role.padEnd(27)} ${u.email}`).join('\n')}
  Administrators, DOs (and the DO a.i.), CSAs, ASCs and wardens set up a second factor at first
  sign-in: add the key shown to an authenticator app, or print the current code with
  npx fieldsafe totp code --key <key>
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app
      .close()
      .then(() => delivery.stop())
      .then(() => reminders.stop())
      .then(() => gateway?.close())
      .then(() => chainer.stop())
      .then(() => compactor.stop())
      .then(() => database.close())
      .then(releaseDataDir)
      .then(() => process.exit(0));
  });
}
