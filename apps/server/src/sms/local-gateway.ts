/**
 * A local SMS gateway for tests and the demo: a loopback HTTP server that records the messages
 * Fieldsafe sends (generic webhook at `/send`, Twilio-compatible API at `/2010-04-01/…`), posts
 * delivery receipts back, and posts signed inbound replies as a real gateway would. `GET /` is a
 * page listing the messages with a form to reply as a phone (for the demo).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { htmlPage, htmlTemplate } from '../http/html.ts';
import { signGeneric } from './signature.ts';

export interface GatewayMessage {
  /** Fieldsafe's queue row id. */
  id: string;
  to: string;
  text: string;
  at: Date;
  via: 'webhook' | 'twilio';
}

export interface InboundReply {
  from: string;
  text: string;
  gatewayMessageId?: string;
}

export interface LocalSmsGateway {
  /** The gateway's base address (http://127.0.0.1:<port>). */
  url: string;
  /** Where Fieldsafe's generic webhook adapter sends. */
  webhookUrl: string;
  messages: GatewayMessage[];
  /** Messages to one number, in order. */
  to(phone: string): GatewayMessage[];
  /** Posts a signed reply to Fieldsafe's inbound webhook; resolves with its HTTP status and body. */
  reply(message: InboundReply): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export interface LocalGatewayOptions {
  /** Fieldsafe's address (for inbound replies and receipts). */
  serverUrl: string;
  /** FIELDSAFE_SMS_INBOUND_SECRET: signs what the gateway posts. */
  secret: string;
  port?: number;
  /** Send a `delivered` receipt for each message (default true). */
  receipts?: boolean;
}

/** The gateway's own page: what Fieldsafe sent (newest first), and a form to reply as a phone. */
const body = htmlTemplate<{ rows: { time: string; to: string; text: string }[] }>(
  'local-sms-gateway',
  `<h1>Local SMS gateway</h1><p>Messages Fieldsafe sent (newest first). Reply as a phone:</p><form method="post" action="/reply"><label>From <input name="from" required placeholder="+442079460001"></label> <label>Text <input name="text" required placeholder="1"></label> <button type="submit">Send reply</button></form><table><thead><tr><th>Time</th><th>To</th><th>Text</th></tr></thead><tbody><% for (const m of it.rows) { %><tr><td><%= m.time %></td><td><%= m.to %></td><td dir="auto"><%= m.text %></td></tr><% } %></tbody></table>`,
);

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 65_536) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startLocalSmsGateway(o: LocalGatewayOptions): Promise<LocalSmsGateway> {
  const messages: GatewayMessage[] = [];
  const seen = new Set<string>();
  let counter = 0;
  const server = createServer();
  const base = o.serverUrl.replace(/\/$/, '');

  const post = async (path: string, body: unknown) => {
    const raw = JSON.stringify(body);
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-fieldsafe-signature': signGeneric(o.secret, raw),
      },
      body: raw,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed };
  };

  const record = (m: GatewayMessage) => {
    // The queue may retry a message it already handed over: keep the first (idempotency key).
    if (seen.has(m.id)) return;
    seen.add(m.id);
    messages.push(m);
    if (o.receipts !== false)
      void post('/api/sms/status', { id: m.id, status: 'delivered' }).catch(() => undefined);
  };

  const reply = (message: InboundReply) =>
    post('/api/sms/inbound', {
      from: message.from,
      text: message.text,
      gatewayMessageId: message.gatewayMessageId ?? `local-${Date.now()}-${++counter}`,
      receivedAt: new Date().toISOString(),
    });

  const page = () =>
    htmlPage({
      lang: 'en',
      title: 'Fieldsafe local SMS gateway',
      style: '',
      body: body({
        rows: messages
          .slice(-200)
          .reverse()
          .map((m) => ({ time: m.at.toISOString().slice(11, 19), to: m.to, text: m.text })),
      }),
    });

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      try {
        const url = new URL(req.url ?? '/', 'http://local');
        if (req.method === 'GET' && url.pathname === '/') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page());
          return;
        }
        if (req.method === 'GET' && url.pathname === '/messages') {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messages));
          return;
        }
        const raw = await readBody(req);
        if (req.method === 'POST' && url.pathname === '/send') {
          const body = JSON.parse(raw) as { id: string; to: string; text: string };
          record({ id: body.id, to: body.to, text: body.text, at: new Date(), via: 'webhook' });
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
          return;
        }
        const twilio = /^\/2010-04-01\/Accounts\/[^/]+\/Messages\.json$/.exec(url.pathname);
        if (req.method === 'POST' && twilio) {
          const form = new URLSearchParams(raw);
          const callback = form.get('StatusCallback') ?? '';
          const id =
            new URL(callback || 'http://x/?id=').searchParams.get('id') ?? `tw-${++counter}`;
          record({
            id,
            to: form.get('To') ?? '',
            text: form.get('Body') ?? '',
            at: new Date(),
            via: 'twilio',
          });
          res
            .writeHead(201, { 'content-type': 'application/json' })
            .end(JSON.stringify({ sid: `SM${id.replace(/-/g, '')}`, status: 'queued' }));
          return;
        }
        if (req.method === 'POST' && url.pathname === '/reply') {
          const form = new URLSearchParams(raw);
          await reply({ from: form.get('from') ?? '', text: form.get('text') ?? '' });
          res.writeHead(303, { location: '/' }).end();
          return;
        }
        res.writeHead(404).end();
      } catch (e) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end((e as Error).message);
      }
    })();
  });

  await new Promise<void>((resolve) => server.listen(o.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    webhookUrl: `${url}/send`,
    messages,
    to: (phone) => messages.filter((m) => m.to === phone),
    reply,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
