/** The report form's state and the API body built from it. */
import type { Classification } from './categories.ts';
import type { Schemas } from '../../schema.ts';

type Incident = Schemas['Incident'];

export interface IncidentDraft {
  category: string;
  /** Local date-time as typed, YYYY-MM-DDTHH:mm. */
  occurredLocal: string;
  timeZone: string;
  countryId: string;
  areaId: string;
  dutyStationId: string;
  latitude: string;
  longitude: string;
  place: string;
  personnelAffected: string;
  dependantsAffected: string;
  partnersAffected: string;
  fatalities: string;
  injuries: string;
  title: string;
  narrative: string;
  classification: Classification;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as local YYYY-MM-DDTHH:mm (the value of a datetime-local input). */
export function localDateTime(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The device's IANA time zone, e.g. Africa/Lagos. */
export function deviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Minutes east of UTC of a time zone at an instant; null if the zone is unknown. */
function zoneOffsetAt(utcMs: number, timeZone: string): number | null {
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date(utcMs));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 'NaN');
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    if (Number.isNaN(wall)) return null;
    return Math.round((wall - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
  } catch {
    return null;
  }
}

/**
 * Local YYYY-MM-DDTHH:mm in a time zone (the device's when not given) → ISO 8601 with that
 * zone's offset at that moment, e.g. 2026-11-24T14:30:00+01:00. Null when not a date-time.
 */
export function withOffset(local: string, timeZone?: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  let offset: number | null = null;
  if (timeZone) {
    const wallAsUtc = Date.UTC(y, mo - 1, d, h, mi);
    // Two passes settle the offset around daylight-saving changes.
    const first = zoneOffsetAt(wallAsUtc, timeZone);
    if (first !== null) offset = zoneOffsetAt(wallAsUtc - first * 60_000, timeZone) ?? first;
  }
  if (offset === null) {
    const dt = new Date(y, mo - 1, d, h, mi);
    if (Number.isNaN(dt.getTime())) return null;
    offset = -dt.getTimezoneOffset();
  }
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local.slice(0, 16)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function emptyDraft(countryId: string | null): IncidentDraft {
  return {
    category: '',
    occurredLocal: localDateTime(new Date()),
    timeZone: deviceTimeZone(),
    countryId: countryId ?? '',
    areaId: '',
    dutyStationId: '',
    latitude: '',
    longitude: '',
    place: '',
    personnelAffected: '0',
    dependantsAffected: '0',
    partnersAffected: '0',
    fatalities: '0',
    injuries: '0',
    title: '',
    narrative: '',
    classification: 'restricted',
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
/** Numbers stay numbers; anything else is sent as typed so the server can say what is wrong. */
const num = (s: string, empty: number | null) => {
  const t = s.trim().replace(',', '.');
  if (t === '') return empty;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
};

/** The fields shared by a new report (POST) and a correction (PATCH). */
export function fieldsOf(d: IncidentDraft): Record<string, unknown> {
  return {
    category: d.category,
    occurredAt: withOffset(d.occurredLocal, d.timeZone) ?? d.occurredLocal,
    timeZone: d.timeZone || 'UTC',
    countryId: d.countryId,
    areaId: orNull(d.areaId),
    dutyStationId: orNull(d.dutyStationId),
    latitude: num(d.latitude, null),
    longitude: num(d.longitude, null),
    place: orNull(d.place),
    personnelAffected: num(d.personnelAffected, 0),
    dependantsAffected: num(d.dependantsAffected, 0),
    partnersAffected: num(d.partnersAffected, 0),
    fatalities: num(d.fatalities, 0),
    injuries: num(d.injuries, 0),
    title: d.title.trim(),
    narrative: d.narrative.trim(),
    classification: d.classification,
  };
}

export function reportBody(d: IncidentDraft, submit: boolean, clientRef: string) {
  return { ...fieldsOf(d), submit, clientRef };
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** A draft from a kept (queued) report body, to edit it before sending again. */
export function draftFromBody(body: Record<string, unknown>): IncidentDraft {
  const base = emptyDraft(str(body.countryId));
  const occurred = str(body.occurredAt);
  return {
    ...base,
    category: str(body.category),
    occurredLocal: occurred.slice(0, 16) || base.occurredLocal,
    timeZone: str(body.timeZone) || base.timeZone,
    areaId: str(body.areaId),
    dutyStationId: str(body.dutyStationId),
    latitude: str(body.latitude),
    longitude: str(body.longitude),
    place: str(body.place),
    personnelAffected: str(body.personnelAffected ?? 0),
    dependantsAffected: str(body.dependantsAffected ?? 0),
    partnersAffected: str(body.partnersAffected ?? 0),
    fatalities: str(body.fatalities ?? 0),
    injuries: str(body.injuries ?? 0),
    title: str(body.title),
    narrative: str(body.narrative),
    classification: (str(body.classification) || 'restricted') as Classification,
  };
}

/**
 * A draft from a stored incident, for the correction form. The date-time is shown in the
 * incident's own time zone when the browser knows it, else in the device's.
 */
export function draftFromIncident(i: Incident): IncidentDraft {
  const at = new Date(i.occurredAt);
  let local = localDateTime(at);
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: i.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(at);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    local = `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
  } catch {
    /* unknown zone: device time */
  }
  return {
    category: i.category,
    occurredLocal: local,
    timeZone: i.timeZone,
    countryId: i.countryId,
    areaId: i.areaId ?? '',
    dutyStationId: i.dutyStationId ?? '',
    latitude: i.latitude === null ? '' : String(i.latitude),
    longitude: i.longitude === null ? '' : String(i.longitude),
    place: i.place ?? '',
    personnelAffected: String(i.personnelAffected),
    dependantsAffected: String(i.dependantsAffected),
    partnersAffected: String(i.partnersAffected),
    fatalities: String(i.fatalities),
    injuries: String(i.injuries),
    title: i.title,
    narrative: i.narrative,
    classification: (i.classification as Classification) ?? 'restricted',
  };
}
