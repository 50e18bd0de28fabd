import { can, phoneRegion, smsCost, smsSegments } from '@fieldsafe/core';
import { priceFor, type SmsGateway } from '../sms/gateways.ts';
import type { RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalid, notFound } from '../http/errors.ts';
import { enqueue } from '../messaging/queue.ts';
import { findArea } from '../registry/lookups.queries.ts';
import { findZone } from '../registry/people.queries.ts';
import {
  audienceContacts,
  audienceMembers,
  deliveryCounts,
  findBroadcast,
  insertBroadcast,
  type Audience,
} from './broadcast.queries.ts';
import { cascadeToWardens } from './cascade.ts';
import { crisisById, silentPeople } from './crisis.queries.ts';
import type { BroadcastInput } from './crisis.schema.ts';

type BroadcastScope = Pick<
  BroadcastInput,
  'countryId' | 'areaId' | 'zoneId' | 'organizationId' | 'crisisId'
>;

export function createBroadcastService(db: Db, gateways: readonly SmsGateway[] = []) {
  /** Checks a broadcast's scope and the actor's right to it; the people it reaches. */
  async function scopeOf(actor: RequestActor, input: BroadcastScope) {
    const areaId = input.areaId ?? null;
    const zoneId = input.zoneId ?? null;
    if (areaId) {
      const a = await findArea(db, areaId);
      if (!a || a.countryId !== input.countryId)
        throw invalid('areaId', 'is not an area of this country');
    }
    let zoneArea: string | null = null;
    if (zoneId) {
      const z = await findZone(db, zoneId);
      if (!z || z.countryId !== input.countryId)
        throw invalid('zoneId', 'is not a zone of this country');
      zoneArea = z.areaId;
    }
    if (input.crisisId) {
      const c = await crisisById(db, input.crisisId);
      if (!c || c.countryId !== input.countryId)
        throw invalid('crisisId', 'is not a crisis of this country');
    }
    const keys = {
      countryId: input.countryId,
      areaId: areaId ?? zoneArea,
      zoneId,
      organizationId: input.organizationId ?? null,
    };
    if (!can(actor, 'crisis.account', keys)) throw forbidden('You may not broadcast to this scope');
    const audience: Audience = {
      countryId: input.countryId,
      areaId,
      zoneId,
      organizationId: input.organizationId ?? null,
    };
    return { areaId, zoneId, audience };
  }

  return {
    /**
     * What a broadcast would cost before it is sent: its recipients, the SMS encoding (GSM-7 or
     * UCS-2) and segment count of its text, and the estimated cost per country of the numbers at
     * each gateway's price per segment.
     */
    async preview(
      actor: RequestActor,
      input: BroadcastScope & { body: string; channels: string[] },
    ) {
      const { audience } = await scopeOf(actor, input);
      const recipients = await audienceContacts(db, audience);
      const text = smsSegments(input.body);
      const sms = input.channels.includes('sms') ? recipients.filter((r) => r.phone) : [];
      const byRegion = new Map<string | null, number>();
      for (const r of sms) {
        const region = phoneRegion(r.phone!);
        byRegion.set(region, (byRegion.get(region) ?? 0) + 1);
      }
      const countries = [...byRegion].map(([region, n]) => {
        const price = priceFor(gateways, region);
        return {
          region,
          recipients: n,
          pricePerSegment: price,
          cost: smsCost(text.segments, n, price),
        };
      });
      return {
        recipients: recipients.length,
        smsRecipients: sms.length,
        emailRecipients: input.channels.includes('email')
          ? recipients.filter((r) => r.email).length
          : 0,
        encoding: text.encoding,
        characters: text.characters,
        segments: text.segments,
        remaining: text.remaining,
        countries,
        cost: Math.round(countries.reduce((sum, c) => sum + c.cost, 0) * 100) / 100,
        currency: 'USD' as const,
      };
    },

    /**
     * Sends a message from the operations centre to everyone in a scope (country, area, zone,
     * organization) through the queue, and each warden the list of their zone's people still to
     * reach (for a crisis: those who have not answered).
     */
    async send(actor: RequestActor, input: BroadcastInput) {
      const { areaId, zoneId, audience } = await scopeOf(actor, input);
      return audited(db, actor, async (tx) => {
        const recipients = await audienceMembers(tx, audience);
        const b = await insertBroadcast(tx, {
          countryId: input.countryId,
          areaId,
          zoneId,
          organizationId: input.organizationId ?? null,
          crisisId: input.crisisId ?? null,
          title: input.title,
          body: input.body,
          channels: input.channels,
          recipients: recipients.length,
          sentBy: actor.label,
        });
        if (!b) throw new Error('broadcast not created');
        const queued = await enqueue(
          tx,
          {
            messageId: `broadcast:${b.id}`,
            template: 'broadcast',
            countryId: b.countryId,
            channels: input.channels,
          },
          recipients.map((r) => ({
            personId: r.personId,
            params: { title: b.title, body: b.body },
          })),
        );
        const toReach = input.crisisId ? await silentPeople(tx, input.crisisId) : recipients;
        const scoped = toReach.filter((p) => !zoneId || p.zoneId === zoneId);
        const wardensNotified = await cascadeToWardens(
          tx,
          {
            messageId: `broadcast:${b.id}`,
            countryId: b.countryId,
            title: b.title,
            channels: ['in_app', 'email'],
            crisisId: input.crisisId ?? null,
          },
          scoped,
        );
        return {
          result: { id: b.id, recipients: recipients.length, queued, wardensNotified },
          audit: {
            action: 'broadcast.send',
            entity: 'broadcast',
            entityId: b.id,
            countryId: b.countryId,
            after: b,
          },
        };
      });
    },

    /** Delivery status of a broadcast, per state. */
    async delivery(actor: RequestActor, id: string) {
      const b = await findBroadcast(db, id);
      if (
        !b ||
        !can(actor, 'crisis.read', {
          countryId: b.countryId,
          areaId: b.areaId,
          zoneId: b.zoneId,
          organizationId: b.organizationId,
        })
      )
        throw notFound('Broadcast');
      const rows = await deliveryCounts(db, `broadcast:${id}`);
      const stats = { queued: 0, sending: 0, delivered: 0, failed: 0 };
      for (const r of rows)
        if (r.status in stats) stats[r.status as keyof typeof stats] = Number(r.n);
      return stats;
    },
  };
}

export type BroadcastService = ReturnType<typeof createBroadcastService>;
