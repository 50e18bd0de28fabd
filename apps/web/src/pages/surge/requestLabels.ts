import type { MessageKey } from '../../i18n/en.ts';
import type { Schemas } from '../../schema.ts';

type RequestStatus = Schemas['SurgeRequest']['status'];

export const STATUSES: RequestStatus[] = [
  'open',
  'partly_staffed',
  'fully_staffed',
  'closed',
  'cancelled',
];

export const STATUS_TONE: Record<RequestStatus, 'ok' | 'warning' | 'info' | 'neutral' | 'error'> = {
  open: 'warning',
  partly_staffed: 'info',
  fully_staffed: 'ok',
  closed: 'neutral',
  cancelled: 'neutral',
};

export const reasonKey = (r: string) => `surge.reason.${r}` as MessageKey;
export const statusKey = (s: string) => `surge.status.${s}` as MessageKey;
