import { Badge } from '../../components/ui.tsx';
import { useT } from '../../i18n/index.tsx';
import { INCIDENT_STATUSES, type IncidentStatus } from './categories.ts';

const TONES: Record<IncidentStatus, 'ok' | 'error' | 'warning' | 'info' | 'neutral'> = {
  draft: 'neutral',
  reported: 'warning',
  verified: 'info',
  closed: 'ok',
};

function isStatus(s: string): s is IncidentStatus {
  return (INCIDENT_STATUSES as readonly string[]).includes(s);
}

export function StatusBadge({ status }: { status: string }) {
  const t = useT();
  if (!isStatus(status)) return <Badge tone="neutral">{status}</Badge>;
  return <Badge tone={TONES[status]}>{t(`incidents.status.${status}`)}</Badge>;
}
