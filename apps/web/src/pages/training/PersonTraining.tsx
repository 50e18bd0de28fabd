import { api } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  SelectField,
  SubmitButton,
  TextField,
  formatDate,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { TRAINING_KEYS, useCourses, usePersonTraining, useTrainingWrite } from './queries.ts';
import { localized, localizedOr } from '../../i18n/labels.ts';

const TONE = { valid: 'ok', expiring: 'warning', expired: 'error' } as const;

/** A person's certificates and briefings; a form to record a certificate for those who may. */
export function PersonTraining({ personId, self }: { personId: string; self: boolean }) {
  const { t, locale } = useI18n();
  const training = usePersonTraining(personId);
  const courses = useCourses();
  const add = useDraftForm(
    { course: 'BSITF', issuedOn: '' },
    (d) => api.post('/api/training/certificates', { personId, ...d }),
    { reset: (d) => ({ ...d, issuedOn: '' }), invalidate: TRAINING_KEYS },
  );
  const ack = useTrainingWrite((id: string) =>
    api.post(`/api/training/briefings/${id}/acknowledge`),
  );
  if (training.isPending) return <Loading />;
  if (training.error)
    return <ErrorBox error={training.error} onRetry={() => void training.refetch()} />;
  const data = training.data;
  const name = (code: string) =>
    localizedOr(courses.data?.items.find((c) => c.code === code)?.name, locale, code);
  return (
    <>
      <section className="card" aria-labelledby="training-certs">
        <h2 id="training-certs">{t('training.certificates')}</h2>
        {data.certificates.length === 0 ? (
          <p className="empty">{t('training.noCertificates')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table className="responsive">
              <thead>
                <tr>
                  <th scope="col">{t('training.course')}</th>
                  <th scope="col">{t('training.issuedOn')}</th>
                  <th scope="col">{t('training.validUntil')}</th>
                  <th scope="col">{t('training.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.certificates.map((c) => (
                  <tr key={c.id}>
                    <td data-label={t('training.course')}>{name(c.course)}</td>
                    <td data-label={t('training.issuedOn')}>{formatDate(c.issuedOn, locale)}</td>
                    <td data-label={t('training.validUntil')}>
                      {c.validUntil ? formatDate(c.validUntil, locale) : '—'}
                    </td>
                    <td data-label={t('training.status')}>
                      <Badge tone={TONE[c.status]}>{t(`training.status.${c.status}`)}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data.abilities.canEdit && (
          <form className="form-grid" onSubmit={add.submit} noValidate>
            <SelectField
              label={t('training.course')}
              name="course"
              value={add.draft.course}
              onChange={add.set('course')}
              options={(courses.data?.items ?? []).map((c) => ({
                value: c.code,
                label: localized(c.name, locale),
              }))}
              errors={add.errors}
            />
            <TextField
              label={t('training.issuedOn')}
              name="issuedOn"
              type="date"
              value={add.draft.issuedOn}
              onChange={add.set('issuedOn')}
              errors={add.errors}
              required
            />
            <div className="form-actions">
              <SubmitButton busy={add.save.isPending} label={t('training.addCertificate')} />
            </div>
            <FormError error={add.save.error} />
          </form>
        )}
      </section>
      <section className="card" aria-labelledby="training-briefings">
        <h2 id="training-briefings">{t('training.briefings')}</h2>
        {data.briefings.length === 0 ? (
          <p className="empty">{t('training.noBriefings')}</p>
        ) : (
          <ul>
            {data.briefings.map((b) => (
              <li key={b.id}>
                {formatDate(b.briefedOn, locale)}{' '}
                {b.acknowledgedAt ? (
                  <Badge tone="ok">{t('training.acknowledged')}</Badge>
                ) : self ? (
                  <button type="button" className="btn btn-small" onClick={() => ack.mutate(b.id)}>
                    {t('training.acknowledge')}
                  </button>
                ) : (
                  <Badge tone="warning">{t('training.notAcknowledged')}</Badge>
                )}
              </li>
            ))}
          </ul>
        )}
        {data.exemptions.length > 0 && (
          <>
            <h3>{t('training.exemptions')}</h3>
            <ul>
              {data.exemptions.map((x) => (
                <li key={x.id}>
                  {x.reason} — {t('training.until')} {formatDate(x.validUntil, locale)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
