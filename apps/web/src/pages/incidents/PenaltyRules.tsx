import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, fieldErrors } from '../../api.ts';
import {
  Badge,
  CheckboxField,
  ErrorBox,
  FormError,
  Loading,
  SubmitButton,
  TextField,
} from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { VIOLATION_KINDS, isViolationKind, type ViolationKind } from './categories.ts';

interface PenaltyRule {
  kinds: string[];
  count: number;
  windowDays: number | null;
}
interface PenaltyRules {
  rules: PenaltyRule[];
  isDefault: boolean;
  setBy: string | null;
  abilities: { canEdit: boolean };
}

const rulesKey = (countryId: string) => ['road-safety', 'rules', countryId];

/**
 * The country's road-safety penalty rules [003 ¶46–47]: listed for everyone who reads the page,
 * edited by the security officials of the country.
 */
export function PenaltyRulesPanel({ countryId }: { countryId: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const rules = useQuery({
    queryKey: rulesKey(countryId),
    queryFn: ({ signal }) =>
      api.get<PenaltyRules>(`/api/countries/${countryId}/road-safety-rules`, signal),
  });
  const save = useMutation({
    mutationFn: (next: PenaltyRule[]) =>
      api.put<PenaltyRules>(`/api/countries/${countryId}/road-safety-rules`, { rules: next }),
    onSuccess: (data) => qc.setQueryData(rulesKey(countryId), data),
  });
  const [kinds, setKinds] = useState<ViolationKind[]>(['speeding', 'reckless_driving']);
  const [count, setCount] = useState('3');
  const [windowDays, setWindowDays] = useState('365');
  const errors = fieldErrors(save.error);
  const kindLabel = (k: string) => (isViolationKind(k) ? t(`incidents.road.violation.${k}`) : k);
  const describe = (r: PenaltyRule) =>
    t(r.windowDays === null ? 'road.rule.ever' : 'road.rule.within', {
      count: r.count,
      kinds: r.kinds.map(kindLabel).join(', '),
      days: r.windowDays ?? 0,
    });

  if (rules.isPending) return <Loading />;
  if (rules.error) return <ErrorBox error={rules.error} onRetry={() => void rules.refetch()} />;
  const current = rules.data.rules;
  const add = (e: FormEvent) => {
    e.preventDefault();
    save.mutate([
      ...current,
      { kinds, count: Number(count), windowDays: windowDays.trim() ? Number(windowDays) : null },
    ]);
  };

  return (
    <section className="card" aria-labelledby="road-rules">
      <h2 id="road-rules">{t('road.rules.title')}</h2>
      <p className="muted">{t('road.rules.help')}</p>
      {rules.data.isDefault && <Badge tone="info">{t('road.rules.default')}</Badge>}
      <ul data-testid="penalty-rules">
        {current.map((r, i) => (
          <li key={i}>
            {describe(r)}{' '}
            {rules.data.abilities.canEdit && (
              <button
                type="button"
                className="btn btn-ghost btn-small"
                onClick={() => save.mutate(current.filter((_, j) => j !== i))}
              >
                {t('road.rules.remove')}
              </button>
            )}
          </li>
        ))}
        {current.length === 0 && <li className="empty">{t('road.rules.none')}</li>}
      </ul>
      {rules.data.abilities.canEdit && (
        <form className="subcard" onSubmit={add} noValidate>
          <h3>{t('road.rules.add')}</h3>
          <fieldset>
            <legend>{t('road.rules.kinds')}</legend>
            {VIOLATION_KINDS.map((k) => (
              <CheckboxField
                key={k}
                label={kindLabel(k)}
                name={`kind-${k}`}
                checked={kinds.includes(k)}
                onChange={(on) =>
                  setKinds((prev) => (on ? [...prev, k] : prev.filter((x) => x !== k)))
                }
              />
            ))}
          </fieldset>
          <div className="form-grid">
            <TextField
              label={t('road.rules.count')}
              name={`rules.${current.length}.count`}
              type="number"
              value={count}
              onChange={setCount}
              required
              errors={errors}
            />
            <TextField
              label={t('road.rules.windowDays')}
              name={`rules.${current.length}.windowDays`}
              type="number"
              value={windowDays}
              onChange={setWindowDays}
              help={t('road.rules.windowHelp')}
              errors={errors}
            />
          </div>
          <FormError error={save.error} />
          <SubmitButton busy={save.isPending} label={t('road.rules.add')} />
        </form>
      )}
    </section>
  );
}
