import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { outboundMessages, people, users } from '../db/schema/index.ts';
import type { TemplateName } from './templates.ts';

export const CHANNELS = ['in_app', 'email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Outgoing {
  /** The logical message (one per broadcast, crisis check-in …). */
  messageId: string;
  template: TemplateName;
  countryId?: string | null;
  channels: readonly Channel[];
}

/** Per-recipient parameters, merged over the message's own. */
export interface Recipient {
  personId: string;
  params: Record<string, unknown>;
}

/**
 * Puts a message to each recipient on each channel they can be reached by (an e-mail address for
 * e-mail, a phone for SMS). Idempotent: enqueueing the same message again adds nothing.
 * Returns how many rows were new.
 */
export async function enqueue(
  tx: Executor,
  message: Outgoing,
  recipients: readonly Recipient[],
): Promise<number> {
  let created = 0;
  for (let i = 0; i < recipients.length; i += 2000) {
    const batch = recipients.slice(i, i + 2000);
    const contacts = await tx
      .select({
        id: people.id,
        email: people.email,
        phone: people.phone,
        locale: sql<string>`coalesce(${users.locale}, 'en')`,
      })
      .from(people)
      .leftJoin(users, eq(users.personId, people.id))
      .where(
        sql`${people.id} in (${sql.join(
          batch.map((r) => sql`${r.personId}::uuid`),
          sql`, `,
        )})`,
      );
    const byId = new Map(contacts.map((c) => [c.id, c]));
    const rows = batch.flatMap((r) => {
      const c = byId.get(r.personId);
      if (!c) return [];
      return message.channels.flatMap((channel) => {
        const address = channel === 'email' ? c.email : channel === 'sms' ? c.phone : null;
        if (channel !== 'in_app' && !address) return [];
        return [
          {
            messageId: message.messageId,
            recipientId: r.personId,
            countryId: message.countryId ?? null,
            channel,
            address,
            locale: c.locale === 'fr' ? 'fr' : 'en',
            template: message.template,
            params: r.params,
          },
        ];
      });
    });
    if (rows.length === 0) continue;
    const inserted = await tx
      .insert(outboundMessages)
      .values(rows)
      .onConflictDoNothing({
        target: [
          outboundMessages.messageId,
          outboundMessages.recipientId,
          outboundMessages.channel,
        ],
      })
      .returning({ id: outboundMessages.id });
    created += inserted.length;
  }
  return created;
}
