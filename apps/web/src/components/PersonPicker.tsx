import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../api.ts';
import { useT } from '../i18n/index.tsx';
import { personName, usePerson } from '../queries.ts';
import type { PersonKind } from '@fieldsafe/core';
import type { ApiBody } from '../schema.ts';
import { useDebounced } from './ui.tsx';

interface Props {
  label: string;
  name: string;
  value: string | null;
  onChange: (id: string | null) => void;
  countryId?: string | null | undefined;
  kind?: PersonKind | undefined;
  errors?: Record<string, string> | undefined;
  required?: boolean;
  disabled?: boolean;
}

/** Finds a person by name, staff ID or e-mail and keeps the chosen id. */
export function PersonPicker({
  label,
  name,
  value,
  onChange,
  countryId,
  kind,
  errors,
  required,
  disabled,
}: Props) {
  const t = useT();
  const id = useId();
  const [q, setQ] = useState('');
  const term = useDebounced(q.trim(), 350);
  const selected = usePerson(value);
  const results = useQuery({
    queryKey: ['people-picker', term, countryId, kind],
    queryFn: ({ signal }) =>
      api.get<ApiBody<'/api/people'>>(
        withQuery('/api/people', { q: term, countryId, kind, status: 'active', pageSize: 8 }),
        signal,
      ),
    enabled: term.length >= 2 && !value,
  });
  const error = errors?.[name];

  return (
    <div className={`field picker${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {value ? (
        <div className="picker-selected">
          <span id={id}>
            {selected.data
              ? `${personName(selected.data)} · ${selected.data.organizationCode}${selected.data.staffId ? ` · ${selected.data.staffId}` : ''}`
              : t('common.loading')}
          </span>
          {!disabled && (
            <button
              type="button"
              className="btn btn-small btn-ghost"
              onClick={() => onChange(null)}
            >
              {t('picker.change')}
            </button>
          )}
        </div>
      ) : (
        <>
          <input
            id={id}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('picker.search')}
            disabled={disabled}
            autoComplete="off"
            aria-invalid={Boolean(error)}
            aria-describedby={`${id}-status`}
          />
          <div id={`${id}-status`} aria-live="polite" className="picker-results">
            {q.trim().length > 0 && q.trim().length < 2 && (
              <small className="help">{t('picker.typeMore')}</small>
            )}
            {results.isFetching && <small className="help">{t('common.loading')}</small>}
            {results.error && <small className="field-error">{results.error.message}</small>}
            {results.data && results.data.items.length === 0 && (
              <small className="help">{t('picker.noResults')}</small>
            )}
            {results.data && results.data.items.length > 0 && (
              <ul>
                {results.data.items.map((p) => (
                  <li key={p.id}>
                    <button
                      type="button"
                      className="picker-option"
                      onClick={() => {
                        onChange(p.id);
                        setQ('');
                      }}
                    >
                      <strong>{personName(p)}</strong>{' '}
                      <span className="muted">
                        {p.organizationCode}
                        {p.staffId ? ` · ${p.staffId}` : ''} · {p.dutyStationName}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
      {error && <small className="field-error">{error}</small>}
    </div>
  );
}
