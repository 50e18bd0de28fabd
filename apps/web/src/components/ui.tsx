import {
  formatDate as coreFormatDate,
  formatDateTime as coreFormatDateTime,
  formatPercent,
  todayIn,
} from '@fieldsafe/core';
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage } from '../api.ts';
import { useI18n, useT } from '../i18n/index.tsx';

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label ?? t('common.loading')}
    </p>
  );
}

export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="alert alert-error" role="alert">
      <p>{errorMessage(error) || t('common.error')}</p>
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="alert alert-success" role="status">
      {children}
    </p>
  );
}

export function Badge({
  tone,
  children,
}: {
  tone: 'ok' | 'error' | 'warning' | 'info' | 'neutral';
  children: ReactNode;
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

type Errors = Record<string, string>;

interface BaseProps {
  label: string;
  name: string;
  errors?: Errors | undefined;
  help?: string | undefined;
  required?: boolean | undefined;
  disabled?: boolean | undefined;
}

function FieldShell({
  id,
  label,
  name,
  errors,
  help,
  required,
  children,
}: BaseProps & { id: string; children: ReactNode }) {
  const error = errors?.[name];
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children}
      {help && (
        <small id={`${id}-help`} className="help">
          {help}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}

function describedBy(id: string, props: BaseProps): string | undefined {
  const ids = [
    props.help ? `${id}-help` : '',
    props.errors?.[props.name] ? `${id}-error` : '',
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField(
  props: BaseProps & {
    value: string;
    onChange: (v: string) => void;
    type?: 'text' | 'email' | 'password' | 'date' | 'datetime-local' | 'tel' | 'number' | 'search';
    autoComplete?: string;
    testId?: string;
    step?: string;
    placeholder?: string;
  },
) {
  const id = useId();
  return (
    <FieldShell id={id} {...props}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        required={props.required}
        disabled={props.disabled}
        autoComplete={props.autoComplete}
        step={props.step}
        placeholder={props.placeholder}
        aria-invalid={Boolean(props.errors?.[props.name])}
        aria-describedby={describedBy(id, props)}
        data-testid={props.testId}
      />
    </FieldShell>
  );
}

export function TextAreaField(
  props: BaseProps & { value: string; onChange: (v: string) => void; rows?: number },
) {
  const id = useId();
  return (
    <FieldShell id={id} {...props}>
      <textarea
        id={id}
        name={props.name}
        value={props.value}
        rows={props.rows ?? 3}
        onChange={(e) => props.onChange(e.target.value)}
        required={props.required}
        disabled={props.disabled}
        aria-invalid={Boolean(props.errors?.[props.name])}
        aria-describedby={describedBy(id, props)}
      />
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
  group?: string;
}

export function SelectField(
  props: BaseProps & {
    value: string;
    onChange: (v: string) => void;
    options: Option[];
    empty?: string | undefined;
  },
) {
  const id = useId();
  const groups = [...new Set(props.options.map((o) => o.group ?? ''))];
  const render = (opts: Option[]) =>
    opts.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <FieldShell id={id} {...props}>
      <select
        id={id}
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        required={props.required}
        disabled={props.disabled}
        aria-invalid={Boolean(props.errors?.[props.name])}
        aria-describedby={describedBy(id, props)}
      >
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {groups.length > 1
          ? groups.map((g) => (
              <optgroup key={g} label={g}>
                {render(props.options.filter((o) => (o.group ?? '') === g))}
              </optgroup>
            ))
          : render(props.options)}
      </select>
    </FieldShell>
  );
}

export function CheckboxField(
  props: Omit<BaseProps, 'required'> & { checked: boolean; onChange: (v: boolean) => void },
) {
  const id = useId();
  const error = props.errors?.[props.name];
  return (
    <div className={`field field-check${error ? ' field-invalid' : ''}`}>
      <input
        id={id}
        type="checkbox"
        name={props.name}
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      {error && <small className="field-error">{error}</small>}
    </div>
  );
}

/** The form-level error: the API message, shown above the submit button. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="alert alert-error" role="alert">
      {errorMessage(error)}
    </p>
  );
}

export function SubmitButton({
  busy,
  label,
  busyLabel,
}: {
  busy: boolean;
  label: string;
  busyLabel?: string;
}) {
  const t = useT();
  return (
    <button type="submit" className="btn btn-primary" disabled={busy} aria-busy={busy}>
      {busy ? (busyLabel ?? t('common.saving')) : label}
    </button>
  );
}

/** A create/edit form in a card under its heading; `submit` is its `onSubmit`. */
export function FormCard({
  title,
  submit,
  testId,
  children,
}: {
  title: string;
  submit: (e: FormEvent) => void;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section className="card">
      <h2>{title}</h2>
      <form className="form-grid" onSubmit={submit} noValidate data-testid={testId}>
        {children}
      </form>
    </section>
  );
}

/** The end of a create/edit form: the save error, the submit button and a cancel button. */
export function FormActions({
  save,
  label,
  onCancel,
}: {
  save: { error: unknown; isPending: boolean };
  label?: string;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <>
      <FormError error={save.error} />
      <div className="form-actions button-row">
        <SubmitButton busy={save.isPending} label={label ?? t('common.save')} />
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}

export function useDebounced<T>(value: T, ms = 300): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

/** Today as YYYY-MM-DD where the reader is (the browser's time zone), through core's `todayIn`. */
export function today(): string {
  return todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** A calendar date in the one style of the app (see `formatDate` in @fieldsafe/core). */
export function formatDate(value: string | null | undefined, locale: string): string {
  return coreFormatDate(value, locale);
}

/** A moment with its time zone, in the one style of the app ("5 Dec 2026, 06:33 UTC"). */
export function formatDateTime(
  value: string | null | undefined,
  locale: string,
  timeZone?: string,
): string {
  return coreFormatDateTime(value, locale, timeZone);
}

/** A percentage given as 0–100, in the reader's language ("49.9%", "49,9 %"), kept left-to-right. */
export function Percent({ value }: { value: number | string | null | undefined }) {
  const { locale } = useI18n();
  const n = typeof value === 'string' ? Number(value) : value;
  if (n === null || n === undefined || !Number.isFinite(n)) return <>—</>;
  // A decimal string from the server keeps its precision ("12.3456" → "12.3456 %").
  const digits = typeof value === 'string' ? Math.min((value.split('.')[1] ?? '').length, 4) : 1;
  return <bdi>{formatPercent(n / 100, locale, digits)}</bdi>;
}

/** '' → null, for optional API fields. */
export function orNull(v: string): string | null {
  const s = v.trim();
  return s === '' ? null : s;
}

/** Paging buttons under a list, with "from–to of total" between them (nothing for an empty list). */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const t = useT();
  if (total === 0) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(page * pageSize, total);
  return (
    <nav className="pager" aria-label={t('common.pagination')}>
      <button
        type="button"
        className="btn btn-small"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        <span className="dir-icon" aria-hidden="true">
          ←
        </span>{' '}
        {t('common.previous')}
      </button>
      <span aria-live="polite">{t('common.range', { from, to, total })}</span>
      <button
        type="button"
        className="btn btn-small"
        disabled={to >= total}
        onClick={() => onPage(page + 1)}
      >
        {t('common.next')}{' '}
        <span className="dir-icon" aria-hidden="true">
          →
        </span>
      </button>
    </nav>
  );
}
