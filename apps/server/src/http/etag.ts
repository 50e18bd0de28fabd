import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Reference lists (countries, organizations) change rarely and weigh tens of kilobytes: they carry
 * a weak ETag of their content and `Cache-Control: private, no-cache`, so the browser keeps them
 * and asks again with `If-None-Match`; an unchanged list is answered 304 with no body.
 * Returns undefined when it answered 304 (the handler returns that), else the body to send.
 */
export function withEtag<T>(req: FastifyRequest, reply: FastifyReply, body: T): T | undefined {
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27);
  const tag = `W/"${hash}"`;
  reply.header('etag', tag).header('cache-control', 'private, no-cache').header('vary', 'cookie');
  const asked = req.headers['if-none-match'];
  if (asked && asked.split(',').some((t) => t.trim() === tag || t.trim() === '*')) {
    void reply.code(304).send();
    return undefined;
  }
  return body;
}
