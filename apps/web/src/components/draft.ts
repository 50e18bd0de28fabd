import { useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { fieldErrors } from '../api.ts';

// The part of a create/edit form that needs no query library: the draft, what happens after a
// save, and a plain save for the pages shown before sign-in (`usePlainDraftForm`). Signed-in
// pages use `useDraftForm` (useDraftForm.ts), which saves through a query-library mutation.

/** What a form reads of its save: the subset of a mutation both ways of saving provide. */
export interface DraftSave<D, R> {
  /** Saves the current draft, with `over` in place of some fields (e.g. `{ dryRun: false }`). */
  mutate: (over?: Partial<D>) => void;
  /** Forgets the last save's result and error. */
  reset: () => void;
  isPending: boolean;
  isSuccess: boolean;
  error: Error | null;
  /** What the last successful save returned. */
  data: R | undefined;
  /** The fields the running or last save was given in place of the draft's. */
  variables: Partial<D> | void | undefined;
}

export interface DraftOptions<D, R> {
  /**
   * After a successful save the form starts again: from the initial draft (`true`), or from
   * what this makes of the saved draft (to keep some fields).
   */
  reset?: true | ((saved: D) => D);
  /** Runs after a successful save, e.g. to close the form or navigate; awaited when it returns a promise. */
  onDone?: (result: R) => void | Promise<unknown>;
  /** Runs when a save fails, with its field messages (e.g. to show the step holding the first). */
  onError?: (errors: Record<string, string>, error: Error) => void;
}

export interface DraftForm<D, R, S extends DraftSave<D, R> = DraftSave<D, R>> {
  draft: D;
  /** `onChange` for one field: `set('title')`. */
  set: <K extends keyof D>(key: K) => (value: D[K]) => void;
  setDraft: Dispatch<SetStateAction<D>>;
  save: S;
  /** Field messages of the last failed save, by field path. */
  errors: Record<string, string>;
  /** The form's `onSubmit`: saves the current draft. */
  submit: (e: FormEvent) => void;
}

/** The draft of a form and the steps around a save that do not depend on how it is sent. */
export function useDraft<D, R>(initial: D | (() => D), options: DraftOptions<D, R>) {
  const [draft, setDraft] = useState<D>(initial);
  const set =
    <K extends keyof D>(key: K) =>
    (value: D[K]) =>
      setDraft((x) => ({ ...x, [key]: value }));
  /** What to do once the draft is saved, before any refresh: start the form again if asked to. */
  const saved = () => {
    const { reset } = options;
    if (reset === true) setDraft(typeof initial === 'function' ? (initial as () => D)() : initial);
    else if (reset) setDraft(reset);
  };
  const failed = (error: Error) => options.onError?.(fieldErrors(error), error);
  const form = <S extends DraftSave<D, R>>(save: S): DraftForm<D, R, S> => ({
    draft,
    set,
    setDraft,
    save,
    errors: fieldErrors(save.error),
    submit: (e: FormEvent) => {
      e.preventDefault();
      save.mutate();
    },
  });
  return { draft, saved, failed, form };
}

interface PlainState<D, R> {
  status: 'idle' | 'pending' | 'success' | 'error';
  data?: R;
  error: Error | null;
  variables?: Partial<D> | undefined;
}

/**
 * `useDraftForm` for the pages shown before sign-in, which do not download the query library:
 * the same form, saved with plain state (no cache to refresh, no pause while offline).
 */
export function usePlainDraftForm<D, R>(
  initial: D | (() => D),
  send: (draft: D) => Promise<R>,
  options: DraftOptions<D, R> = {},
): DraftForm<D, R> {
  const { draft, saved, failed, form } = useDraft(initial, options);
  const [state, setState] = useState<PlainState<D, R>>({ status: 'idle', error: null });
  const run = async (over: Partial<D> | undefined) => {
    setState({ status: 'pending', error: null, variables: over });
    try {
      const result = await send({ ...draft, ...over });
      saved();
      await options.onDone?.(result);
      setState({ status: 'success', data: result, error: null, variables: over });
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      setState({ status: 'error', error, variables: over });
      failed(error);
    }
  };
  return form({
    mutate: (over) => void run(over),
    reset: () => setState({ status: 'idle', error: null }),
    isPending: state.status === 'pending',
    isSuccess: state.status === 'success',
    error: state.error,
    data: state.data,
    variables: state.variables,
  });
}
