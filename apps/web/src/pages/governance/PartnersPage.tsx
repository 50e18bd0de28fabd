import { useState } from 'react';
import { SHARED_KINDS } from '@fieldsafe/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { ClassificationBadge } from '../../components/Classification.tsx';
import { FlaggedRecordsPage } from '../../components/FlaggedRecords.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import {
  Badge,
  CheckboxField,
  FormActions,
  FormCard,
  formatDate,
  formatDateTime,
  orNull,
  SelectField,
  TextField,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';
import { GovernanceTabs } from './GovernanceTabs.tsx';

type Partner = Schemas['SltPartner'];
type Feed = Schemas['SltPartnerFeed'];
type SharedKind = Partner['sharedKinds'][number];

/**
 * "Saving Lives Together" partners of a country: their MoU, what each is given, and the feed to
 * send them [002 ¶4, 002 Annex C §3(b), 003 ¶140]. Managed by the DO or the CSA.
 */
export function PartnersPage() {
  const { t } = useI18n();
  return (
    <FlaggedRecordsPage<Partner>
      texts={{
        title: t('slt.title'),
        intro: t('slt.intro'),
        flaggedCount: (n) => t('slt.flaggedCount', { n }),
        add: t('slt.add'),
        empty: t('slt.empty'),
      }}
      tabs={<GovernanceTabs />}
      queryKey="slt-partners"
      testId="slt"
      url={(countryId) => `/api/countries/${countryId}/slt-partners`}
      form={(countryId, onClose) => <PartnerForm countryId={countryId} onClose={onClose} />}
      card={(p) => <PartnerCard key={p.id} p={p} />}
    />
  );
}

function PartnerCard({ p }: { p: Partner }) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const [showFeed, setShowFeed] = useState(false);
  if (editing)
    return <PartnerForm countryId={p.countryId} partner={p} onClose={() => setEditing(false)} />;
  return (
    <section className="card" data-testid="slt-card">
      <div className="card-head">
        <h2>
          {p.name} · {t(`slt.partnerType.${p.partnerType}`)}
        </h2>
        <div className="button-row">
          {p.flags.map((f) => (
            <Badge key={f} tone={f === 'mou_expires_soon' ? 'warning' : 'error'}>
              {t(`slt.flag.${f}`)}
            </Badge>
          ))}
          <Badge tone={p.sharing ? 'ok' : 'neutral'}>
            {t(p.sharing ? 'slt.sharing' : 'slt.notSharing')}
          </Badge>
        </div>
      </div>
      <dl className="details">
        <dt>{t('slt.homeCountry')}</dt>
        <dd>{p.homeCountry ?? '—'}</dd>
        <dt>{t('slt.mouReference')}</dt>
        <dd>{p.mouReference ?? '—'}</dd>
        <dt>{t('slt.mouSignedOn')}</dt>
        <dd>{formatDate(p.mouSignedOn, locale)}</dd>
        <dt>{t('slt.mouExpiresOn')}</dt>
        <dd>{formatDate(p.mouExpiresOn, locale)}</dd>
        <dt>{t('slt.contact')}</dt>
        <dd>{[p.contactName, p.contactEmail].filter(Boolean).join(' · ') || '—'}</dd>
        <dt>{t('slt.sharedKinds')}</dt>
        <dd>
          {p.sharedKinds.length === 0
            ? t('slt.nothingChosen')
            : p.sharedKinds.map((k) => t(`slt.kind.${k}`)).join(', ')}
        </dd>
      </dl>
      <div className="button-row">
        <button type="button" className="btn btn-small" onClick={() => setShowFeed((v) => !v)}>
          {t('slt.showFeed')}
        </button>
        {p.abilities.canEdit && (
          <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </button>
        )}
      </div>
      {showFeed && <PartnerFeed id={p.id} />}
    </section>
  );
}

/** What the partner is given today, as they would receive it; downloadable to send it on. */
function PartnerFeed({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const feed = useQuery({
    queryKey: ['slt-feed', id],
    queryFn: () => api.get<Feed>(`/api/slt-partners/${id}/feed`),
  });
  return (
    <QueryView query={feed}>
      {(f) => {
        if (!f.sharing)
          return (
            <p className="alert alert-error" data-testid="slt-feed-empty">
              {t('slt.feedNothing')}
            </p>
          );
        const download = () => {
          const blob = new Blob([JSON.stringify(f, null, 2)], { type: 'application/json' });
          const a = document.createElement('a');
          a.href = URL.createObjectURL(blob);
          a.download = `slt-${f.partner.name.replace(/\W+/g, '-')}-${f.generatedOn}.json`;
          a.click();
          URL.revokeObjectURL(a.href);
        };
        const trendTotal = f.incidentTrends.reduce((s, r) => s + r.incidents, 0);
        return (
          <div className="subcard" data-testid="slt-feed">
            <h3>{t('slt.feedTitle', { date: formatDate(f.generatedOn, locale) })}</h3>
            <ul>
              {f.sharedKinds.includes('security_levels') && (
                <li>
                  {t('slt.kind.security_levels')}:{' '}
                  {f.securityLevels
                    .map((l) => `${l.areaName ?? f.countryName} ${l.level}`)
                    .join(', ') || '—'}
                </li>
              )}
              {f.sharedKinds.includes('incident_trends') && (
                <li>
                  {t('slt.kind.incident_trends')}: {t('slt.trendTotal', { n: trendTotal })}
                </li>
              )}
              {f.sharedKinds.includes('advisories') && (
                <li>
                  {t('slt.kind.advisories')}: {f.advisories.map((a) => a.title).join(', ') || '—'}
                </li>
              )}
              {f.riskAssessments.map((r) => (
                <li key={`ra-${r.title}`}>
                  {t('slt.kind.risk_assessments')}: {r.locationName} — {r.title}{' '}
                  <ClassificationBadge level={r.classification} shareable={r.marked} />
                </li>
              ))}
              {f.securityPlans.map((r) => (
                <li key={`sp-${r.title}`}>
                  {t('slt.kind.security_plans')}: {r.title}{' '}
                  <ClassificationBadge level={r.classification} shareable={r.marked} />
                </li>
              ))}
              {f.crisisLogs.map((r) => (
                <li key={`cl-${r.crisisTitle}-${String(r.at)}`}>
                  {t('slt.kind.crisis_logs')}: {r.crisisTitle} ({formatDateTime(r.at, locale)}):{' '}
                  {r.text} <ClassificationBadge level={r.classification} shareable={r.marked} />
                </li>
              ))}
            </ul>
            <div className="button-row">
              <button type="button" className="btn btn-small" onClick={download}>
                {t('slt.download')}
              </button>
            </div>
          </div>
        );
      }}
    </QueryView>
  );
}

function PartnerForm({
  countryId,
  partner: p,
  onClose,
}: {
  countryId: string;
  partner?: Partner;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      name: p?.name ?? '',
      partnerType: p?.partnerType ?? 'NGO',
      homeCountry: p?.homeCountry ?? '',
      mouReference: p?.mouReference ?? '',
      mouSignedOn: p?.mouSignedOn ?? '',
      mouExpiresOn: p?.mouExpiresOn ?? '',
      contactName: p?.contactName ?? '',
      contactEmail: p?.contactEmail ?? '',
      sharedKinds: p?.sharedKinds ?? (['security_levels', 'incident_trends'] as SharedKind[]),
    },
    (d) => {
      const body = {
        name: d.name,
        partnerType: d.partnerType,
        homeCountry: orNull(d.homeCountry),
        mouReference: orNull(d.mouReference),
        mouSignedOn: orNull(d.mouSignedOn),
        mouExpiresOn: orNull(d.mouExpiresOn),
        contactName: orNull(d.contactName),
        contactEmail: orNull(d.contactEmail),
        sharedKinds: d.sharedKinds,
      };
      return p
        ? api.patch<Partner>(`/api/slt-partners/${p.id}`, body)
        : api.post<Partner>(`/api/countries/${countryId}/slt-partners`, body);
    },
    {
      invalidate: [['slt-partners', countryId], ...(p ? [['slt-feed', p.id]] : [])],
      onDone: onClose,
    },
  );
  const toggle = (k: SharedKind) => (on: boolean) =>
    set('sharedKinds')(on ? [...draft.sharedKinds, k] : draft.sharedKinds.filter((x) => x !== k));
  return (
    <FormCard title={p ? p.name : t('slt.add')} submit={submit} testId="slt-form">
      <TextField
        label={t('slt.name')}
        name="name"
        value={draft.name}
        onChange={set('name')}
        errors={errors}
        required
      />
      <SelectField
        label={t('slt.type')}
        name="partnerType"
        value={draft.partnerType}
        onChange={(v) => set('partnerType')(v === 'IGO' ? 'IGO' : 'NGO')}
        options={[
          { value: 'NGO', label: t('slt.partnerType.NGO') },
          { value: 'IGO', label: t('slt.partnerType.IGO') },
        ]}
        errors={errors}
        required
      />
      <TextField
        label={t('slt.homeCountry')}
        name="homeCountry"
        value={draft.homeCountry}
        onChange={set('homeCountry')}
        errors={errors}
      />
      <TextField
        label={t('slt.mouReference')}
        name="mouReference"
        value={draft.mouReference}
        onChange={set('mouReference')}
        errors={errors}
      />
      <TextField
        label={t('slt.mouSignedOn')}
        name="mouSignedOn"
        type="date"
        value={draft.mouSignedOn}
        onChange={set('mouSignedOn')}
        errors={errors}
      />
      <TextField
        label={t('slt.mouExpiresOn')}
        name="mouExpiresOn"
        type="date"
        value={draft.mouExpiresOn}
        onChange={set('mouExpiresOn')}
        errors={errors}
      />
      <TextField
        label={t('slt.contactName')}
        name="contactName"
        value={draft.contactName}
        onChange={set('contactName')}
        errors={errors}
      />
      <TextField
        label={t('slt.contactEmail')}
        name="contactEmail"
        type="email"
        value={draft.contactEmail}
        onChange={set('contactEmail')}
        errors={errors}
      />
      <fieldset className={errors.sharedKinds ? 'field-invalid' : ''}>
        <legend>{t('slt.sharedKinds')}</legend>
        <p className="muted small">{t('slt.sharedKindsHelp')}</p>
        {SHARED_KINDS.map((k) => (
          <CheckboxField
            key={k}
            label={t(`slt.kind.${k}`)}
            name={`sharedKinds.${k}`}
            checked={draft.sharedKinds.includes(k)}
            onChange={toggle(k)}
            errors={errors}
          />
        ))}
        {errors.sharedKinds && <small className="field-error">{errors.sharedKinds}</small>}
      </fieldset>
      <FormActions save={save} onCancel={onClose} />
    </FormCard>
  );
}
