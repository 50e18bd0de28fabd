import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import type { Schemas } from '../../schema.ts';

export type Certificate = Schemas['Certificate'];

export type PersonTraining = Schemas['PersonTraining'];

export type Course = Schemas['Course'];

export type TrainingReport = Schemas['TrainingReport'];

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

/** What a training write changes: people's training and the country report. */
export const TRAINING_KEYS = [['training'], ['training-report']];

export function useTrainingWrite<A>(fn: (arg: A) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      for (const queryKey of TRAINING_KEYS) void client.invalidateQueries({ queryKey });
    },
  });
}
