import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';

/** POSTs a new structure item and refreshes the country's structure and checks. */
export function useCreate(path: string, countryId: string, onDone: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => api.post<{ id: string }>(path, body),
    onSuccess: async () => {
      onDone();
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['structure', countryId] }),
        qc.invalidateQueries({ queryKey: ['invariants', countryId] }),
      ]);
    },
  });
}

/** A coordinate as typed: empty → null, a number → number, anything else is sent as is for the server to reject. */
export function coordinate(v: string): number | string | null {
  const s = v.trim().replace(',', '.');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : s;
}
