import { api } from '../../api.ts';
import { useDraftForm } from '../../components/useDraftForm.ts';

/** The draft of a new structure item: POSTs `toBody(draft)`, then refreshes the country's structure and checks. */
export function useCreate<D>(
  initial: D | (() => D),
  path: string,
  countryId: string,
  toBody: (draft: D) => unknown,
  onDone: () => void,
) {
  return useDraftForm(initial, (d) => api.post<{ id: string }>(path, toBody(d)), {
    invalidate: [
      ['structure', countryId],
      ['invariants', countryId],
    ],
    onDone,
  });
}

/** A coordinate as typed: empty → null, a number → number, anything else is sent as is for the server to reject. */
export function coordinate(v: string): number | string | null {
  const s = v.trim().replace(',', '.');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : s;
}
