import type { LocalizedLabel } from '@fieldsafe/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';

export interface Certificate {
  id: string;
  course: string;
  issuedOn: string;
  validUntil: string | null;
  status: 'valid' | 'expiring' | 'expired';
  source: string;
}

export interface PersonTraining {
  personId: string;
  certificates: Certificate[];
  exemptions: { id: string; locationId: string; reason: string; validUntil: string }[];
  briefings: {
    id: string;
    dutyStationId: string;
    briefedOn: string;
    acknowledgedAt: string | null;
  }[];
  abilities: { canEdit: boolean; canExempt: boolean };
}

export interface Course {
  code: string;
  name: LocalizedLabel;
  validityMonths: number | null;
}

export interface TrainingReport {
  onDate: string;
  courses: string[];
  rows: {
    organizationId: string;
    organizationCode: string;
    personnel: number;
    courses: Record<string, { trained: number; expiring: number }>;
  }[];
  expiring: {
    personId: string;
    personName: string;
    course: string;
    expiresOn: string;
    daysLeft: number;
  }[];
}

export function usePersonTraining(personId: string | null | undefined) {
  return useQuery({
    queryKey: ['training', personId],
    queryFn: () => api.get<PersonTraining>(`/api/training/people/${personId ?? ''}`),
    enabled: Boolean(personId),
  });
}

export function useCourses() {
  return useQuery({
    queryKey: ['courses'],
    queryFn: () => api.get<{ items: Course[] }>('/api/training/courses'),
    staleTime: 60 * 60_000,
  });
}

export function useTrainingReport(countryId: string | null | undefined) {
  return useQuery({
    queryKey: ['training-report', countryId],
    queryFn: () => api.get<TrainingReport>(withQuery('/api/training/report', { countryId })),
    enabled: Boolean(countryId),
  });
}

export function useTrainingWrite<A>(fn: (arg: A) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['training'] });
      void client.invalidateQueries({ queryKey: ['training-report'] });
    },
  });
}
