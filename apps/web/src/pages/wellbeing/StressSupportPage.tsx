import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { formatNumber } from '@fieldsafe/core';
import { api } from '../../api.ts';
import { useCan } from '../../abilities.ts';
import { CountryPage } from '../../components/CountryPage.tsx';
import { PersonPicker } from '../../components/PersonPicker.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import {
  FormActions,
  FormCard,
  formatDate,
  orNull,
  SelectField,
  TextField,
  today,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useOrganizations } from '../../queries.ts';
import { CaseCard, CounsellorDesk } from './SupportCases.tsx';
import type { ApiBody, Schemas } from '../../schema.ts';

type Counsellors = ApiBody<'/api/countries/{id}/stress-counsellors'>;
type Counts = Schemas['StressSupportSummary']['counts'];
type SupportCases = ApiBody<'/api/countries/{id}/stress-support/cases'>;
type SupportSummary = Schemas['StressSupportSummary'];

/**
 * Critical-incident stress support [003 ¶169, 000 §26b]: managers see counts, counsellors the
 * follow-up of each affected person, everyone the counsellors of their country and their own
 * follow-up.
 */
export function StressSupportPage() {
  const { t } = useI18n();
  const can = useCan();
  return (
    <CountryPage title={t('support.title')}>
      {(countryId) => (
        <>
          <p className="muted">{t('support.confidential')}</p>
          {(can.here('wellbeing.counts', countryId) ||
            can.here('wellbeing.counsel', countryId)) && <Summary countryId={countryId} />}
          {can.here('wellbeing.counsel', countryId) && <CounsellorDesk countryId={countryId} />}
          <CounsellorList countryId={countryId} />
          <MyFollowUp />
        </>
      )}
    </CountryPage>
  );
}

function CountStats({ counts, testId }: { counts: Counts; testId?: string }) {
  const { t, locale } = useI18n();
  const items: [keyof Counts, string][] = [
    ['sessionsHeld', t('support.sessionsHeld')],
    ['participants', t('support.participants')],
    ['peopleFollowed', t('support.peopleFollowed')],
    ['openCases', t('support.openCases')],
    ['followUpsOverdue', t('support.followUpsOverdue')],
  ];
  return (
    <div className="stats" data-testid={testId}>
      {items.map(([k, label]) => (
        <div className="stat" key={k} data-testid={`count-${k}`}>
          <div className="stat-value">{formatNumber(counts[k], locale, 0)}</div>
          <div className="stat-label">{label}</div>
        </div>
      ))}
    </div>
  );
}

function Summary({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const summary = useQuery({
    queryKey: ['stress-support', countryId],
    queryFn: () => api.get<SupportSummary>(`/api/countries/${countryId}/stress-support`),
  });
  return (
    <QueryView query={summary}>
      {(s) => (
        <section className="card" aria-labelledby="support-counts-title">
          <h2 id="support-counts-title">{t('support.counts')}</h2>
          <CountStats counts={s.counts} testId="support-counts" />
          {s.byEvent.length > 0 && (
            <div
              className="table-wrap"
              tabIndex={0}
              role="region"
              aria-labelledby="support-counts-title"
            >
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('support.event')}</th>
                    <th scope="col">{t('support.sessionsHeld')}</th>
                    <th scope="col">{t('support.peopleFollowed')}</th>
                    <th scope="col">{t('support.followUpsOverdue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.byEvent.map((e) => (
                    <tr key={e.event.id} data-testid="support-event-row">
                      <td>
                        {t(e.event.kind === 'crisis' ? 'support.crisis' : 'support.incident')}:{' '}
                        {e.event.title}
                      </td>
                      <td>{formatNumber(e.sessionsHeld, locale, 0)}</td>
                      <td>{formatNumber(e.peopleFollowed, locale, 0)}</td>
                      <td>{formatNumber(e.followUpsOverdue, locale, 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </QueryView>
  );
}

function CounsellorList({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const [adding, setAdding] = useState(false);
  const list = useQuery({
    queryKey: ['stress-counsellors', countryId],
    queryFn: () => api.get<Counsellors>(`/api/countries/${countryId}/stress-counsellors`),
  });
  return (
    <section className="card" aria-labelledby="counsellors-title">
      <div className="card-head">
        <h2 id="counsellors-title">{t('support.counsellors')}</h2>
        {list.data?.canDesignate && !adding && (
          <button type="button" className="btn btn-small" onClick={() => setAdding(true)}>
            {t('support.designate')}
          </button>
        )}
      </div>
      {adding && <DesignateForm countryId={countryId} onClose={() => setAdding(false)} />}
      <QueryView query={list}>
        {(l) =>
          l.items.length === 0 ? (
            <p className="empty">{t('support.noCounsellors')}</p>
          ) : (
            <ul className="findings" data-testid="counsellors">
              {l.items.map((c) => (
                <li key={c.id}>
                  <strong>{c.name}</strong>
                  {c.organizationCode
                    ? ` · ${c.organizationCode}`
                    : ` · ${t('support.allOrganizations')}`}
                  {c.email && (
                    <>
                      {' · '}
                      <a href={`mailto:${c.email}`}>{c.email}</a>
                    </>
                  )}
                  {c.phone && (
                    <>
                      {' · '}
                      <a href={`tel:${c.phone}`} dir="ltr">
                        {c.phone}
                      </a>
                    </>
                  )}
                  {' · '}
                  {t('support.since', { date: formatDate(c.startsOn, locale) })}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

function DesignateForm({ countryId, onClose }: { countryId: string; onClose: () => void }) {
  const { t } = useI18n();
  const orgs = useOrganizations();
  const [personId, setPersonId] = useState<string | null>(null);
  const { draft, set, save, errors, submit } = useDraftForm(
    { organizationId: '', startsOn: today() },
    (d) =>
      api.post<Counsellors>(`/api/countries/${countryId}/stress-counsellors`, {
        personId,
        organizationId: orNull(d.organizationId),
        startsOn: d.startsOn,
      }),
    { invalidate: [['stress-counsellors', countryId]], onDone: onClose },
  );
  return (
    <FormCard title={t('support.designate')} submit={submit} testId="designate-form">
      <PersonPicker
        label={t('support.person')}
        name="personId"
        value={personId}
        onChange={setPersonId}
        errors={errors}
        required
      />
      <SelectField
        label={t('support.organization')}
        name="organizationId"
        value={draft.organizationId}
        onChange={set('organizationId')}
        empty={t('support.allOrganizations')}
        options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.code }))}
        errors={errors}
      />
      <TextField
        label={t('support.startsOn')}
        name="startsOn"
        type="date"
        value={draft.startsOn}
        onChange={set('startsOn')}
        errors={errors}
        required
      />
      <FormActions save={save} onCancel={onClose} />
    </FormCard>
  );
}

function MyFollowUp() {
  const { t } = useI18n();
  const mine = useQuery({
    queryKey: ['stress-support', 'mine'],
    queryFn: () => api.get<SupportCases>('/api/stress-support/mine'),
  });
  if (!mine.data || mine.data.items.length === 0) return null;
  return (
    <section aria-labelledby="my-support-title" data-testid="my-support">
      <h2 id="my-support-title">{t('support.mine')}</h2>
      {mine.data.items.map((c) => (
        <CaseCard key={c.id} c={c} />
      ))}
    </section>
  );
}
