import type { LocalizedLabel } from '@fieldsafe/core';
export interface ClearanceReason {
  code: string;
  severity: 'refuse' | 'refer' | 'info';
  legIndex: number | null;
  locationId: string | null;
  message: LocalizedLabel;
}

export interface TravelLeg {
  id: string;
  seq: number;
  locationId: string;
  locationName: string;
  arrivalOn: string;
  departureOn: string;
  status: string;
  approverRole: string;
  comment: string | null;
}

export interface TravelRequest {
  id: string;
  personId: string;
  travellerName: string;
  purpose: string;
  travelKind: string;
  status: 'pending' | 'approved' | 'refused' | 'cancelled';
  outcome: 'approve' | 'refer' | 'refuse';
  reasons: ClearanceReason[];
  startsOn: string;
  endsOn: string;
  clearanceNumber: string | null;
  legs: TravelLeg[];
  abilities: { canDecide: boolean; canCancel: boolean };
}

export interface Advisory {
  id: string;
  locationName: string;
  title: string;
  body: string;
  validFrom: string;
  validUntil: string | null;
}

export interface AppNotification {
  id: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface StaffCeiling {
  locationId: string;
  locationName: string;
  kind: 'duty_station' | 'area';
  ceiling: number;
  appliesTo: 'all' | 'international';
  updatedAt: string;
  assessmentId: string | null;
}
