import { api } from '../../api.ts';
import {
  Badge,
  CheckboxField,
  ErrorBox,
  FormError,
  Loading,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  formatDate,
  orNull,
  today,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useStructure } from '../../queries.ts';
import { useSanctions, useSecurityLevels } from './queries.ts';

/** The fields of a security level form that start empty again once a level is recorded. */
const LEVEL_DECISION = {
  level: '',
  reason: '',
  healthOnly: false,
  whoConsultedWith: '',
  whoConsultedThrough: '',
  whoConsultedOn: '',
  whoConsultationReference: '',
  whoConsultation: '',
};

/** Security level history of a country and its areas, the form to record one, and sanctions. */
export function SecurityLevels({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const levels = useSecurityLevels(countryId);
  const sanctions = useSanctions(countryId);
  const structure = useStructure(countryId);
  const { draft, set, save, errors, submit } = useDraftForm(
    () => ({ areaId: '', effectiveFrom: today(), decidedBy: '', ...LEVEL_DECISION }),
    (d) =>
      api.post(`/api/countries/${countryId}/security-levels`, {
        ...d,
        areaId: orNull(d.areaId),
        whoConsultedWith: orNull(d.whoConsultedWith),
        whoConsultedThrough: orNull(d.whoConsultedThrough),
        whoConsultedOn: orNull(d.whoConsultedOn),
        whoConsultationReference: orNull(d.whoConsultationReference),
        whoConsultation: orNull(d.whoConsultation),
      }),
    {
      // The area, date and decision-maker stay for the next entry.
      reset: (d) => ({ ...d, ...LEVEL_DECISION }),
      invalidate: [['risk']],
    },
  );

  return (
    <section className="card" aria-labelledby="risk-levels">
      <h2 id="risk-levels">{t('risk.levels')}</h2>
      {levels.isPending ? (
        <Loading />
      ) : levels.error ? (
        <ErrorBox error={levels.error} />
      ) : levels.data.items.length === 0 ? (
        <p className="empty">{t('risk.noLevels')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table className="responsive" data-testid="security-levels">
            <thead>
              <tr>
                <th scope="col">{t('common.area')}</th>
                <th scope="col">{t('risk.level')}</th>
                <th scope="col">{t('risk.effectiveFrom')}</th>
                <th scope="col">{t('risk.reason')}</th>
                <th scope="col">{t('risk.decidedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {levels.data.items.map((l) => (
                <tr key={l.id}>
                  <td data-label={t('common.area')}>{l.areaName ?? t('risk.wholeCountry')}</td>
                  <td data-label={t('risk.level')}>
                    {l.level} {l.current && <Badge tone="info">{t('risk.inForce')}</Badge>}
                  </td>
                  <td data-label={t('risk.effectiveFrom')}>
                    {formatDate(l.effectiveFrom, locale)}
                  </td>
                  <td data-label={t('risk.reason')}>
                    {l.reason}
                    {l.healthOnly && (
                      <>
                        <br />
                        <small className="muted">
                          {t('risk.whoConsultationLine', {
                            with: l.whoConsultedWith ?? '—',
                            through: l.whoConsultedThrough ?? '—',
                            on: l.whoConsultedOn ? formatDate(l.whoConsultedOn, locale) : '—',
                            reference: l.whoConsultationReference ?? '—',
                          })}
                          {l.whoConsultation ? ` — ${l.whoConsultation}` : ''}
                        </small>
                      </>
                    )}
                  </td>
                  <td data-label={t('risk.decidedBy')}>{l.decidedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {levels.data?.abilities.canRecord && (
        <form className="subcard" onSubmit={submit} noValidate>
          <h3>{t('risk.recordLevel')}</h3>
          <div className="form-grid">
            <SelectField
              label={t('common.area')}
              name="areaId"
              value={draft.areaId}
              onChange={set('areaId')}
              options={(structure.data?.areas ?? []).map((a) => ({ value: a.id, label: a.name }))}
              empty={t('risk.wholeCountry')}
              errors={errors}
            />
            <TextField
              label={t('risk.level')}
              name="level"
              value={draft.level}
              onChange={set('level')}
              required
              errors={errors}
            />
            <TextField
              label={t('risk.effectiveFrom')}
              name="effectiveFrom"
              type="date"
              value={draft.effectiveFrom}
              onChange={set('effectiveFrom')}
              required
              errors={errors}
            />
            <TextField
              label={t('risk.decidedBy')}
              name="decidedBy"
              value={draft.decidedBy}
              onChange={set('decidedBy')}
              required
              errors={errors}
            />
          </div>
          <TextAreaField
            label={t('risk.reason')}
            name="reason"
            value={draft.reason}
            onChange={set('reason')}
            required
            errors={errors}
          />
          <CheckboxField
            label={t('risk.healthOnly')}
            name="healthOnly"
            checked={draft.healthOnly}
            onChange={set('healthOnly')}
            errors={errors}
          />
          {draft.healthOnly && (
            <fieldset className="subcard">
              <legend>{t('risk.whoConsultation')}</legend>
              <p className="muted">{t('risk.whoConsultationHelp')}</p>
              <div className="form-grid">
                <TextField
                  label={t('risk.whoConsultedWith')}
                  name="whoConsultedWith"
                  value={draft.whoConsultedWith}
                  onChange={set('whoConsultedWith')}
                  required
                  errors={errors}
                />
                <TextField
                  label={t('risk.whoConsultedThrough')}
                  name="whoConsultedThrough"
                  value={draft.whoConsultedThrough}
                  onChange={set('whoConsultedThrough')}
                  required
                  errors={errors}
                />
                <TextField
                  label={t('risk.whoConsultedOn')}
                  name="whoConsultedOn"
                  type="date"
                  value={draft.whoConsultedOn}
                  onChange={set('whoConsultedOn')}
                  required
                  errors={errors}
                />
                <TextField
                  label={t('risk.whoConsultationReference')}
                  name="whoConsultationReference"
                  value={draft.whoConsultationReference}
                  onChange={set('whoConsultationReference')}
                  required
                  errors={errors}
                />
              </div>
              <TextAreaField
                label={t('risk.whoConsultationNotes')}
                name="whoConsultation"
                value={draft.whoConsultation}
                onChange={set('whoConsultation')}
                errors={errors}
              />
            </fieldset>
          )}
          <FormError error={save.error} />
          <div className="form-actions">
            <SubmitButton busy={save.isPending} label={t('risk.recordLevel')} />
          </div>
        </form>
      )}

      <h3>{t('risk.sanctions')}</h3>
      {sanctions.data && sanctions.data.items.length === 0 ? (
        <p className="empty">{t('risk.noSanctions')}</p>
      ) : (
        <ul>
          {(sanctions.data?.items ?? []).map((s) => (
            <li key={s.id}>
              <strong>{s.organizationCode}</strong> — {s.reason} ({formatDate(s.startsOn, locale)}
              {s.endsOn ? ` – ${formatDate(s.endsOn, locale)}` : ''}){' '}
              {s.active && <Badge tone="error">{t('risk.active')}</Badge>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
