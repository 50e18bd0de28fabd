import { orNull } from '../../components/ui.tsx';
import type { PersonKind } from '@fieldsafe/core';
import type { Schemas } from '../../schema.ts';

type Person = Schemas['Person'];

/** A person as edited in the form: strings for inputs. */
export interface PersonDraft {
  kind: PersonKind;
  staffId: string;
  organizationId: string;
  category: string;
  contractType: string;
  staffType: string;
  managementLevel: string;
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
  radioCallSign: string;
  gender: string;
  dutyStationId: string;
  zoneId: string;
  essential: boolean;
  sponsorId: string | null;
  relationship: string;
  dateOfBirth: string;
  stayUntil: string;
  status: string;
}

export function emptyDraft(kind: PersonKind): PersonDraft {
  return {
    kind,
    staffId: '',
    organizationId: '',
    category: kind === 'personnel' ? 'international' : '',
    contractType: '',
    staffType: '',
    managementLevel: '',
    givenName: '',
    familyName: '',
    email: '',
    phone: '',
    radioCallSign: '',
    gender: '',
    dutyStationId: '',
    zoneId: '',
    essential: false,
    sponsorId: null,
    relationship: '',
    dateOfBirth: '',
    stayUntil: '',
    status: 'active',
  };
}

export function draftOf(p: Person): PersonDraft {
  return {
    kind: p.kind,
    staffId: p.staffId ?? '',
    organizationId: p.organizationId,
    category: p.category ?? '',
    contractType: p.contractType ?? '',
    staffType: p.staffType ?? '',
    managementLevel: p.managementLevel ?? '',
    givenName: p.givenName,
    familyName: p.familyName,
    email: p.email ?? '',
    phone: p.phone ?? '',
    radioCallSign: p.radioCallSign ?? '',
    gender: p.gender ?? '',
    dutyStationId: p.dutyStationId,
    zoneId: p.zoneId ?? '',
    essential: p.essential,
    sponsorId: p.sponsorId,
    relationship: p.relationship ?? '',
    dateOfBirth: p.dateOfBirth ?? '',
    stayUntil: p.stayUntil ?? '',
    status: p.status,
  };
}

/** The request body for the fields that apply to the person's kind. */
export function bodyOf(d: PersonDraft, create: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    organizationId: d.organizationId,
    givenName: d.givenName,
    familyName: d.familyName,
    email: orNull(d.email),
    phone: orNull(d.phone),
    gender: orNull(d.gender),
    dutyStationId: d.dutyStationId,
    zoneId: orNull(d.zoneId),
    status: d.status,
  };
  if (create) body.kind = d.kind;
  if (d.kind === 'personnel') {
    Object.assign(body, {
      staffId: orNull(d.staffId),
      category: orNull(d.category),
      contractType: orNull(d.contractType),
      staffType: orNull(d.staffType),
      managementLevel: orNull(d.managementLevel),
      radioCallSign: orNull(d.radioCallSign),
      essential: d.essential,
    });
  } else if (d.kind === 'dependant') {
    Object.assign(body, {
      sponsorId: d.sponsorId,
      relationship: orNull(d.relationship),
      dateOfBirth: orNull(d.dateOfBirth),
    });
  } else {
    Object.assign(body, { radioCallSign: orNull(d.radioCallSign), stayUntil: orNull(d.stayUntil) });
  }
  return body;
}
