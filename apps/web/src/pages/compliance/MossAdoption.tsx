import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import {
  ErrorBox,
  FormError,
  Loading,
  SubmitButton,
  TextField,
  today,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { ApiBody, Schemas } from '../../schema.ts';

type MossAdoption = Schemas['MossAdoption'];
import { localized } from '../../i18n/labels.ts';

type Choice = { applies: boolean; justification: string };
type AdoptionDraft = { edits: Record<string, Choice>; decidedBy: string; decidedOn: string };

/** The catalogue with what the SMT adopted; the DO/SMT may change it. */
export function MossAdoptionPanel({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const q = useQuery({
    queryKey: ['moss', countryId, 'adoption'],
    queryFn: () => api.get<ApiBody<'/api/countries/{id}/moss'>>(`/api/countries/${countryId}/moss`),
  });
  const form = useDraftForm(
    (): AdoptionDraft => ({ edits: {}, decidedBy: '', decidedOn: today() }),
    (d) =>
      api.put(`/api/countries/${countryId}/moss`, {
        decidedBy: d.decidedBy,
        decidedOn: d.decidedOn,
        measures: Object.keys(d.edits).map((code) => ({
          code,
          applies: d.edits[code]?.applies ?? false,
          justification: d.edits[code]?.justification.trim() || null,
        })),
      }),
    {
      invalidate: [['moss', countryId]],
      reset: (d) => ({ ...d, edits: {} }),
    },
  );
  const { draft, save, errors, submit } = form;
  const edits = draft.edits;
  const items = q.data?.items ?? [];
  const codes = Object.keys(edits);
  // "measures.3.justification" → the code of the third edited measure.
  const errorFor = (code: string) => {
    const i = codes.indexOf(code);
    return i < 0
      ? undefined
      : (errors[`measures.${i}.justification`] ?? errors[`measures.${i}.code`]);
  };
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorBox error={q.error} />;
  const canAdopt = q.data.abilities.canAdopt;
  const areas = [...new Set(items.map((m) => m.area))];
  const choice = (m: MossAdoption): Choice =>
    edits[m.code] ?? { applies: m.applies ?? false, justification: m.justification ?? '' };
  const set = (m: MossAdoption, c: Partial<Choice>) =>
    form.set('edits')({ ...edits, [m.code]: { ...choice(m), ...c } });

  return (
    <section className="card" aria-labelledby="moss-adoption">
      <h2 id="moss-adoption">{t('compliance.adoption')}</h2>
      <p className="muted">{t('compliance.adoptionHelp')}</p>
      {areas.map((area) => {
        const inArea = items.filter((m) => m.area === area);
        return (
          <div key={area} className="subcard">
            <h3>{inArea[0] ? localized(inArea[0].areaLabel, locale) : null}</h3>
            <ul className="measure-list">
              {inArea.map((m) => {
                const c = choice(m);
                const err = errorFor(m.code);
                return (
                  <li key={m.code}>
                    <label>
                      <input
                        type="checkbox"
                        checked={c.applies}
                        disabled={!canAdopt}
                        onChange={(e) => set(m, { applies: e.target.checked })}
                      />{' '}
                      <strong>{m.code}</strong> {localized(m.title, locale)}
                    </label>
                    {m.requiresSraJustification && c.applies && (
                      <div>
                        {canAdopt ? (
                          <input
                            aria-label={`${t('compliance.justification')} ${m.code}`}
                            placeholder={t('compliance.justification')}
                            value={c.justification}
                            onChange={(e) => set(m, { justification: e.target.value })}
                          />
                        ) : (
                          <small className="muted">{m.justification}</small>
                        )}
                        {err && <small className="field-error">{err}</small>}
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      {canAdopt && codes.length > 0 && (
        <form className="subcard form-grid" onSubmit={submit}>
          <TextField
            label={t('risk.decidedBy')}
            name="decidedBy"
            value={draft.decidedBy}
            onChange={form.set('decidedBy')}
            required
            errors={errors}
          />
          <TextField
            label={t('compliance.decidedOn')}
            name="decidedOn"
            type="date"
            value={draft.decidedOn}
            onChange={form.set('decidedOn')}
            required
            errors={errors}
          />
          <FormError error={save.error} />
          <SubmitButton busy={save.isPending} label={t('compliance.adopt', { n: codes.length })} />
        </form>
      )}
    </section>
  );
}
