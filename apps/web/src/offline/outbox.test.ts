import { describe, expect, it } from 'vitest';
import { ApiError } from '../api.ts';
import { checkinOf } from './checkinQueue.ts';
import {
  addToQueue,
  isOfflineFailure,
  markError,
  newClientRef,
  parseQueue,
  pendingItems,
  removeFromQueue,
  serializeQueue,
} from './outbox.ts';

const at = new Date('2026-12-05T10:00:00Z');

describe('the device outbox (incident reports and check-ins)', () => {
  it('keeps items in order, replaces one with the same clientRef and clears its error', () => {
    let q = addToQueue([], { clientRef: 'a', title: 'first' }, at);
    q = addToQueue(q, { clientRef: 'b', title: 'second' }, at);
    q = markError(q, 'a', 'title: too long', [{ path: 'title', message: 'too long' }]);
    expect(pendingItems(q).map((i) => i.clientRef)).toEqual(['b']);
    q = addToQueue(q, { clientRef: 'a', title: 'fixed' }, new Date('2026-12-06T00:00:00Z'));
    expect(q.map((i) => [i.clientRef, i.body.title, i.error])).toEqual([
      ['a', 'fixed', null],
      ['b', 'second', null],
    ]);
    // The first time it was kept stays.
    expect(q[0]!.savedAt).toBe(at.toISOString());
    expect(removeFromQueue(q, 'a').map((i) => i.clientRef)).toEqual(['b']);
  });

  it('survives storage: what is written is read back; anything unreadable is dropped', () => {
    const q = addToQueue([], { clientRef: 'c', crisisId: 'x', status: 'safe' }, at);
    expect(parseQueue(serializeQueue(q))).toEqual(q);
    expect(parseQueue('not json')).toEqual([]);
    expect(parseQueue('{"a":1}')).toEqual([]);
    expect(parseQueue('[{"clientRef":1,"body":{}},{"clientRef":"d"}]')).toEqual([]);
  });

  it('reads a kept check-in, and nothing else as one', () => {
    const [item] = addToQueue([], {
      clientRef: 'c',
      crisisId: 'x',
      title: 'Floods',
      status: 'need_help',
    });
    expect(checkinOf(item!)).toEqual({ crisisId: 'x', title: 'Floods', status: 'need_help' });
    const [other] = addToQueue([], { clientRef: 'd', crisisId: 'x', status: 'maybe' });
    expect(checkinOf(other!)).toBeNull();
  });

  it('keeps a write on the device when offline or when the server cannot be reached, not when it refuses', () => {
    expect(isOfflineFailure(new Error('x'), false)).toBe(true);
    expect(isOfflineFailure(new ApiError(0, 'network', 'unreachable', []), true)).toBe(true);
    expect(isOfflineFailure(new ApiError(400, 'validation_error', 'bad', []), true)).toBe(false);
  });

  it('makes a fresh UUID for each write (the server takes it as the clientRef)', () => {
    const a = newClientRef();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newClientRef()).not.toBe(a);
  });
});
