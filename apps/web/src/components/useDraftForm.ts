import {
  useMutation,
  useQueryClient,
  type QueryKey,
  type UseMutationResult,
} from '@tanstack/react-query';
import { useDraft, type DraftForm, type DraftOptions } from './draft.ts';

export type { DraftForm } from './draft.ts';

export interface DraftFormOptions<D, R> extends DraftOptions<D, R> {
  /** Query keys invalidated (in order, awaited) once the draft is saved, before `onDone`. */
  invalidate?: QueryKey[] | ((result: R) => QueryKey[]);
  /**
   * `'always'`: save even while the browser says it is offline (a form that keeps what it
   * cannot send on the device, like the incident report); by default the save waits for a link.
   */
  networkMode?: 'always';
}

/**
 * The state of a create/edit form: a draft, its save mutation and the field errors it returned.
 * `save.mutate(over)` saves the draft with some fields replaced (a second submit button).
 */
export function useDraftForm<D, R>(
  initial: D | (() => D),
  send: (draft: D) => Promise<R>,
  options: DraftFormOptions<D, R> = {},
): DraftForm<D, R, UseMutationResult<R, Error, Partial<D> | void>> {
  const qc = useQueryClient();
  const { draft, saved, failed, form } = useDraft(initial, options);
  const save = useMutation({
    ...(options.networkMode ? { networkMode: options.networkMode } : {}),
    mutationFn: (over: Partial<D> | void) => send({ ...draft, ...over }),
    onSuccess: async (result) => {
      saved();
      const { invalidate = [] } = options;
      for (const queryKey of typeof invalidate === 'function' ? invalidate(result) : invalidate)
        await qc.invalidateQueries({ queryKey });
      await options.onDone?.(result);
    },
    onError: failed,
  });
  return form(save);
}
