import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyInstance } from 'fastify';

/** Smaller answers are sent as they are; larger ones go to @fastify/compress's streams. */
const THRESHOLD = 1024;
/** Up to 64 KB (about half a millisecond of Brotli) in line; beyond, streamed. */
const IN_LINE_LIMIT = 64 * 1024;
/** The types worth compressing (JSON, text, scripts, XML such as CAP and Atom). */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|[\w.+-]*\+(?:json|xml))\b)/i;
/** Accept-Encoding values seen, with the encoding chosen; bounded, as clients choose the header. */
const chosen = new Map<string, string | null>();
const ENCODINGS = ['br', 'gzip', 'deflate'];

function encodingFor(header: string | undefined): string | null {
  if (!header) return null;
  const known = chosen.get(header);
  if (known !== undefined) return known;
  const encoding = negotiate(header.toLowerCase().replace(/\bx-gzip\b|\*/g, 'gzip'), ENCODINGS);
  if (chosen.size < 64) chosen.set(header, encoding);
  return encoding;
}

/**
 * A JSON or text answer already in memory (every API answer) is compressed in line, with the
 * same encodings and Brotli quality as @fastify/compress. That plugin pipes even a 5 KB answer
 * through a chain of streams (peek, duplex, pump, a zlib stream on the thread pool, chunked
 * transfer): a fifth of a clearance read's server time, against tens of microseconds in line.
 * Streams (files, large exports) are still its own. Registered before it, so that it finds the
 * answer encoded and passes it on.
 */
export function registerInLineCompression(app: FastifyInstance): void {
  app.addHook('onSend', (req, reply, payload, done) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
    const length = Buffer.byteLength(payload);
    if (length < THRESHOLD || length > IN_LINE_LIMIT) return done(null, payload);
    if (reply.getHeader('content-encoding') || req.headers['x-no-compression'] !== undefined)
      return done(null, payload);
    if (!COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? 'application/json')))
      return done(null, payload);
    const encoding = encodingFor(req.headers['accept-encoding']);
    if (!encoding) return done(null, payload);
    const body =
      encoding === 'br'
        ? brotliCompressSync(payload, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 4,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: length,
            },
          })
        : encoding === 'gzip'
          ? gzipSync(payload)
          : deflateSync(payload);
    const vary = reply.getHeader('vary');
    if (!vary) reply.header('vary', 'accept-encoding');
    else if (!/\baccept-encoding\b|^\*$/i.test(String(vary)))
      reply.header('vary', `${String(vary)}, accept-encoding`);
    reply.header('content-encoding', encoding).removeHeader('content-length');
    done(null, body);
  });
}
