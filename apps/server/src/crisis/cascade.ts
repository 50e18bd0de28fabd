import { today } from '../access/actor.ts';
import type { Executor } from '../db/client.ts';
import { enqueue, type Channel } from '../messaging/queue.ts';
import { namesAndPhones, zoneWardens } from './cascade.queries.ts';

/**
 * The warden cascade: each warden in force for a zone gets the list of that zone's people still
 * to reach. Returns how many wardens were told.
 */
export async function cascadeToWardens(
  tx: Executor,
  message: {
    messageId: string;
    countryId: string;
    title: string;
    channels: readonly Channel[];
    /** The crisis whose call list the warden works (the in-app notification opens it). */
    crisisId?: string | null;
  },
  toReach: readonly { personId: string; zoneId: string | null }[],
): Promise<number> {
  const zoneIds = [...new Set(toReach.flatMap((p) => (p.zoneId ? [p.zoneId] : [])))];
  if (zoneIds.length === 0) return 0;
  const day = today();
  const wardens = await zoneWardens(tx, zoneIds, day);
  if (wardens.length === 0) return 0;
  const names = await namesAndPhones(tx, [...new Set(toReach.map((p) => p.personId))]);
  const nameOf = new Map(
    names.map((n) => [n.id, `${n.family}, ${n.given}${n.phone ? ` (${n.phone})` : ''}`]),
  );
  // One message per zone, so a warden of two zones gets both lists.
  for (const w of wardens) {
    const list = toReach
      .filter((p) => p.zoneId === w.zoneId)
      .map((p) => nameOf.get(p.personId) ?? p.personId);
    await enqueue(
      tx,
      {
        messageId: `${message.messageId}:cascade:${w.zoneId ?? ''}`,
        template: 'warden.cascade',
        countryId: message.countryId,
        channels: message.channels,
      },
      [
        {
          personId: w.personId,
          params: {
            title: message.title,
            zone: w.zone,
            count: list.length,
            names: list.join('; '),
            ...(message.crisisId ? { path: `/crisis/${message.crisisId}#call-list` } : {}),
          },
        },
      ],
    );
  }
  return new Set(wardens.map((w) => w.personId)).size;
}
