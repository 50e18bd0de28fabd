import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import {
  Badge,
  CheckboxField,
  ErrorBox,
  FormError,
  Loading,
  SubmitButton,
  TextField,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
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
  const put = (next: PenaltyRule[]) =>
    api.put<PenaltyRules>(`/api/countries/${countryId}/road-safety-rules`, { rules: next });
  const keep = (data: PenaltyRules) => qc.setQueryData(rulesKey(countryId), data);
  // Removing a rule is a plain mutation; the last of an add or a removal shows its error.
  const remove = useMutation({ mutationFn: put, onMutate: () => save.reset(), onSuccess: keep });
  const current = rules.data?.rules ?? [];
  const { draft, set, setDraft, save, errors, submit } = useDraftForm(
    { kinds: ['speeding', 'reckless_driving'] as ViolationKind[], count: '3', windowDays: '365' },
    ({ kinds, count, windowDays }) =>
      put([
        ...current,
        { kinds, count: Number(count), windowDays: windowDays.trim() ? Number(windowDays) : null },
      ]),
    {
      onDone: (data) => {
        remove.reset();
        keep(data);
      },
    },
  );
  const kindLabel = (k: string) => (isViolationKind(k) ? t(`incidents.road.violation.${k}`) : k);
  const describe = (r: PenaltyRule) =>
    t(r.windowDays === null ? 'road.rule.ever' : 'road.rule.within', {
      count: r.count,
      kinds: r.kinds.map(kindLabel).join(', '),
      days: r.windowDays ?? 0,
    });

  if (rules.isPending) return <Loading />;
  if (rules.error) return <ErrorBox error={rules.error} onRetry={() => void rules.refetch()} />;

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
                onClick={() => remove.mutate(current.filter((_, j) => j !== i))}
              >
                {t('road.rules.remove')}
              </button>
            )}
          </li>
        ))}
        {current.length === 0 && <li className="empty">{t('road.rules.none')}</li>}
      </ul>
      {rules.data.abilities.canEdit && (
        <form className="subcard" onSubmit={submit} noValidate>
          <h3>{t('road.rules.add')}</h3>
          <fieldset>
            <legend>{t('road.rules.kinds')}</legend>
            {VIOLATION_KINDS.map((k) => (
              <CheckboxField
                key={k}
                label={kindLabel(k)}
                name={`kind-${k}`}
                checked={draft.kinds.includes(k)}
                onChange={(on) =>
                  setDraft((prev) => ({
                    ...prev,
                    kinds: on ? [...prev.kinds, k] : prev.kinds.filter((x) => x !== k),
                  }))
                }
              />
            ))}
          </fieldset>
          <div className="form-grid">
            <TextField
              label={t('road.rules.count')}
              name={`rules.${current.length}.count`}
              type="number"
              value={draft.count}
              onChange={set('count')}
              required
              errors={errors}
            />
            <TextField
              label={t('road.rules.windowDays')}
              name={`rules.${current.length}.windowDays`}
              type="number"
              value={draft.windowDays}
              onChange={set('windowDays')}
              help={t('road.rules.windowHelp')}
              errors={errors}
            />
          </div>
          <FormError error={save.error ?? remove.error} />
          <SubmitButton busy={save.isPending} label={t('road.rules.add')} />
        </form>
      )}
    </section>
  );
}
