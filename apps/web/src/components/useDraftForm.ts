import { useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import {
  useMutation,
  useQueryClient,
  type QueryKey,
  type UseMutationResult,
} from '@tanstack/react-query';
import { fieldErrors } from '../api.ts';

export interface DraftFormOptions<R> {
  /** Query keys invalidated (in order, awaited) once the draft is saved. */
  invalidate?: QueryKey[];
  /** Runs after the invalidations, e.g. to close the form or navigate; awaited when it returns a promise. */
  onDone?: (result: R) => void | Promise<unknown>;
}

export interface DraftForm<D, R> {
  draft: D;
  /** `onChange` for one field: `set('title')`. */
  set: <K extends keyof D>(key: K) => (value: D[K]) => void;
  setDraft: Dispatch<SetStateAction<D>>;
  save: UseMutationResult<R, Error, void>;
  /** Field messages of the last failed save, by field path. */
  errors: Record<string, string>;
  /** The form's `onSubmit`: saves the current draft. */
  submit: (e: FormEvent) => void;
}

/** The state of a create/edit form: a draft, its save mutation and the field errors it returned. */
export function useDraftForm<D, R>(
  initial: D | (() => D),
  send: (draft: D) => Promise<R>,
  { invalidate = [], onDone }: DraftFormOptions<R> = {},
): DraftForm<D, R> {
  const qc = useQueryClient();
  const [draft, setDraft] = useState<D>(initial);
  const save = useMutation({
    mutationFn: () => send(draft),
    onSuccess: async (result) => {
      for (const queryKey of invalidate) await qc.invalidateQueries({ queryKey });
      await onDone?.(result);
    },
  });
  const set =
    <K extends keyof D>(key: K) =>
    (value: D[K]) =>
      setDraft((x) => ({ ...x, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return { draft, set, setDraft, save, errors: fieldErrors(save.error), submit };
}
