import { sql } from 'drizzle-orm';
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

/** Recipients per statement: one JSON parameter each, a few MB at most. */
const BATCH = 10_000;

/**
 * Puts a message to each recipient on each channel they can be reached by (an e-mail address for
 * e-mail, a phone for SMS). Idempotent: enqueueing the same message again adds nothing.
 * Returns how many rows were new.
 *
 * One statement per 10,000 recipients: the recipients travel as a single JSON parameter and the
 * database joins them with their contacts, so a fan-out to 20,000 people is two round trips.
 */
export async function enqueue(
  tx: Executor,
  message: Outgoing,
  recipients: readonly Recipient[],
): Promise<number> {
  const channels = CHANNELS.filter((c) => message.channels.includes(c));
  if (channels.length === 0) return 0;
  let created = 0;
  for (let i = 0; i < recipients.length; i += BATCH) {
    const batch = recipients.slice(i, i + BATCH).map((r) => ({ p: r.personId, a: r.params }));
    const result = (await tx.execute(sql`
      with r as materialized (
        select p.id, p.email, p.phone, x.a,
               case when u.locale in ('ar', 'en', 'es', 'fr', 'ru', 'zh') then u.locale else 'en' end as locale
          from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as x(p uuid, a jsonb)
          join ${people} p on p.id = x.p
          left join lateral (
            select ${users.locale} as locale from ${users} where ${users.personId} = p.id limit 1
          ) u on true
      ), ins as (
        insert into ${outboundMessages}
          (message_id, recipient_id, country_id, channel, address, locale, template, params)
        select ${message.messageId}, r.id, ${message.countryId ?? null}::uuid, ch.channel,
               case ch.channel when 'email' then r.email when 'sms' then r.phone end,
               r.locale, ${message.template}, r.a
          from r
          cross join unnest(string_to_array(${channels.join(',')}, ',')) as ch(channel)
         where ch.channel = 'in_app'
            or (ch.channel = 'email' and coalesce(r.email, '') <> '')
            or (ch.channel = 'sms' and coalesce(r.phone, '') <> '')
        on conflict (message_id, recipient_id, channel) do nothing
        returning 1
      )
      select count(*)::int as n from ins`)) as unknown as { rows: { n: number }[] };
    created += Number(result.rows[0]?.n ?? 0);
  }
  return created;
}
