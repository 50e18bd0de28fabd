import { sql } from 'drizzle-orm';
import type { AuditActor } from '../audit/audit.service.ts';
import { executePrepared } from '../db/prepared.ts';
import type { Executor } from '../db/client.ts';
import { auditLog, crises, crisisPeople } from '../db/schema/index.ts';

const CHECKIN_ACTOR: AuditActor = { userId: null, label: 'check-in link' };

export interface CheckinWrite {
  crisisId: string;
  personId: string;
  status: string;
  note: string | null;
  latitude: number | null;
  longitude: number | null;
  /** ISO time of the answer (also the audit row's). */
  at: string;
  /** How the answer came: `checkin` (link, app) by default, or `sms`. */
  via?: 'checkin' | 'sms';
  /**
   * The device's id for this answer (an answer kept offline and sent again): an answer whose
   * id is already the person's last is not written again.
   */
  clientRef?: string | null;
}

/** The audit actor of an answer by SMS (the sender is the person, not a user). */
const SMS_ACTOR_LABEL = 'inbound SMS';

export interface CheckinWritten {
  title: string | null;
  crisisStatus: string | null;
  answered: string | null;
  /** The answer had been recorded already (same `clientRef`): nothing was written. */
  repeated?: boolean;
}

/**
 * Records check-ins in one statement each batch: for each answer, the crisis must be active;
 * the person's row is updated and an audit row appended. A request waits for its batch's commit.
 */
export async function writeCheckins(
  db: Executor,
  batch: readonly CheckinWrite[],
): Promise<CheckinWritten[]> {
  const input = JSON.stringify(
    batch.map((b, i) => ({ i, ...b, via: b.via ?? 'checkin', clientRef: b.clientRef ?? null })),
  );
  // One shape whatever the batch (its answers are one parameter): planned once per connection.
  const rows = await executePrepared<CheckinWritten & { i: number }>(
    db,
    sql`
    with x as (
      select * from jsonb_to_recordset(${input}::jsonb) as x(
        i int, "crisisId" uuid, "personId" uuid, status text, note text,
        latitude double precision, longitude double precision, at timestamptz, via text,
        "clientRef" text)
    ), c as (
      select id, title, country_id, status from ${crises}
       where id in (select "crisisId" from x)
    ), u as (
      update ${crisisPeople} cp
         set status = x.status, note = x.note, latitude = x.latitude, longitude = x.longitude,
             answered_via = x.via, answered_at = x.at, marked_by = null, updated_at = x.at,
             client_ref = x."clientRef"
        from x join c on c.id = x."crisisId" and c.status = 'active'
       where cp.crisis_id = x."crisisId" and cp.person_id = x."personId"
         and (x."clientRef" is null or cp.client_ref is distinct from x."clientRef")
      returning x.i, cp.status, cp.person_id, x.at, x.via, c.country_id
    ), again as (
      -- The same answer sent again (a device retrying): kept once, answered as before.
      select x.i, cp.status from x
        join ${crisisPeople} cp on cp.crisis_id = x."crisisId" and cp.person_id = x."personId"
       where x."clientRef" is not null and cp.client_ref = x."clientRef"
    ), a as (
      insert into ${auditLog}
        (at, actor_user_id, actor_label, action, entity, entity_id, country_id, before, after)
      select u.at, null,
             case u.via when 'sms' then ${SMS_ACTOR_LABEL} else ${CHECKIN_ACTOR.label} end,
             'crisis.checkin', 'crisis_person', u.person_id::text, u.country_id, null,
             case u.via when 'sms' then jsonb_build_object('status', u.status, 'via', u.via)
                        else jsonb_build_object('status', u.status) end
        from u order by u.i
    )
    select x.i, c.title, c.status as "crisisStatus", coalesce(u.status, again.status) as answered,
           u.i is null and again.i is not null as repeated
      from x left join c on c.id = x."crisisId" left join u on u.i = x.i
      left join again on again.i = x.i`,
  );
  const out = batch.map((): CheckinWritten => ({
    title: null,
    crisisStatus: null,
    answered: null,
  }));
  for (const r of rows) out[Number(r.i)] = r;
  return out;
}
