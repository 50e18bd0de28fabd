import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { crises } from '../db/schema/index.ts';
import { seedDemo } from '../seed/demo.ts';
import { seedDemoCrisis } from '../seed/demo-crisis.ts';
import { signIn } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('crisis demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.database.db);
  }, 120_000);

  it('the DO sees the Northern Highlands floods with answers still missing; seeding again adds nothing', async () => {
    const d = await signIn(t.app, 'do@fieldsafe.test', 'fieldsafe-demo');
    const list = await d.get('/api/crises');
    expect(list.status).toBe(200);
    const floods = (list.body as { id: string; title: string }[]).find((c) =>
      c.title.includes('Northern Highlands'),
    );
    expect(floods).toBeDefined();
    const board = await d.get(`/api/crises/${floods?.id}/board`);
    expect(board.body.counts.total).toBeGreaterThan(10);
    expect(board.body.counts.safe).toBeGreaterThan(0);
    expect(board.body.counts.noAnswer).toBeGreaterThan(0);
    expect(board.body.allAccountedFor).toBe(false);
    // The relocation decided by the DO in exigent circumstances, reported to the USG, and the
    // people on the list decided, moved or arrived.
    const log = await d.get(`/api/crises/${floods?.id}/log`);
    expect(log.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'relocation', exigent: true, usgReportPending: false }),
      ]),
    );
    const evacuation = await d.get(`/api/crises/${floods?.id}/evacuation`);
    const statuses = (evacuation.body.items as { movement: { status: string } | null }[])
      .map((e) => e.movement?.status)
      .filter(Boolean);
    expect(new Set(statuses)).toEqual(new Set(['decided', 'moved', 'arrived']));
    await seedDemoCrisis(t.database.db);
    const [n] = await t.database.db
      .select({ n: count() })
      .from(crises)
      .where(eq(crises.title, 'Flash floods in the Northern Highlands'));
    expect(n?.n).toBe(1);
  });
});
