import { useState } from 'react';
import { api } from '../../api.ts';
import { FlaggedRecordsPage } from '../../components/FlaggedRecords.tsx';
import {
  Badge,
  CheckboxField,
  FormActions,
  FormCard,
  formatDate,
  orNull,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useOrganizations } from '../../queries.ts';
import { GovernanceTabs } from './GovernanceTabs.tsx';

type Flag = 'review_overdue' | 'no_review_date' | 'no_security_annex';

interface Agreement {
  id: string;
  countryId: string;
  organizationId: string;
  organizationCode: string;
  title: string;
  parties: string;
  signedOn: string | null;
  securityAnnex: boolean;
  annexSummary: string | null;
  documentReference: string | null;
  reviewDueOn: string | null;
  lastReviewedOn: string | null;
  flags: Flag[];
  abilities: { canEdit: boolean };
}

/** Host country agreements with their security annex and review date [003 Rec. 1, ¶27–30]. */
export function AgreementsPage() {
  const { t } = useI18n();
  return (
    <FlaggedRecordsPage<Agreement>
      texts={{
        title: t('hca.title'),
        intro: t('hca.intro'),
        flaggedCount: (n) => t('hca.flaggedCount', { n }),
        add: t('hca.add'),
        empty: t('hca.empty'),
      }}
      tabs={<GovernanceTabs />}
      queryKey="host-agreements"
      testId="hca"
      url={(countryId) => `/api/countries/${countryId}/host-agreements`}
      form={(countryId, onClose) => <AgreementForm countryId={countryId} onClose={onClose} />}
      card={(a) => <AgreementCard key={a.id} a={a} />}
    />
  );
}

function AgreementCard({ a }: { a: Agreement }) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <AgreementForm countryId={a.countryId} agreement={a} onClose={() => setEditing(false)} />
    );
  return (
    <section className="card" data-testid="hca-card">
      <div className="card-head">
        <h2>
          {a.title} · {a.organizationCode}
        </h2>
        <div className="button-row">
          {a.flags.map((f) => (
            <Badge key={f} tone={f === 'review_overdue' ? 'error' : 'warning'}>
              {t(`hca.flag.${f}`)}
            </Badge>
          ))}
          {a.flags.length === 0 && <Badge tone="ok">{t('hca.current')}</Badge>}
        </div>
      </div>
      <dl className="details">
        <dt>{t('hca.parties')}</dt>
        <dd>{a.parties}</dd>
        <dt>{t('hca.signedOn')}</dt>
        <dd>{formatDate(a.signedOn, locale)}</dd>
        <dt>{t('hca.annex')}</dt>
        <dd>{a.securityAnnex ? (a.annexSummary ?? t('hca.yes')) : t('hca.no')}</dd>
        <dt>{t('hca.reference')}</dt>
        <dd>{a.documentReference ?? '—'}</dd>
        <dt>{t('hca.reviewDueOn')}</dt>
        <dd>{formatDate(a.reviewDueOn, locale)}</dd>
        <dt>{t('hca.lastReviewedOn')}</dt>
        <dd>{formatDate(a.lastReviewedOn, locale)}</dd>
      </dl>
      {a.abilities.canEdit && (
        <div className="button-row">
          <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </button>
        </div>
      )}
    </section>
  );
}

function AgreementForm({
  countryId,
  agreement: a,
  onClose,
}: {
  countryId: string;
  agreement?: Agreement;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const orgs = useOrganizations();
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      organizationId: a?.organizationId ?? '',
      title: a?.title ?? '',
      parties: a?.parties ?? '',
      signedOn: a?.signedOn ?? '',
      securityAnnex: a?.securityAnnex ?? false,
      annexSummary: a?.annexSummary ?? '',
      documentReference: a?.documentReference ?? '',
      reviewDueOn: a?.reviewDueOn ?? '',
      lastReviewedOn: a?.lastReviewedOn ?? '',
    },
    (d) => {
      const body = {
        title: d.title,
        parties: d.parties,
        signedOn: orNull(d.signedOn),
        securityAnnex: d.securityAnnex,
        annexSummary: orNull(d.annexSummary),
        documentReference: orNull(d.documentReference),
        reviewDueOn: orNull(d.reviewDueOn),
        lastReviewedOn: orNull(d.lastReviewedOn),
      };
      return a
        ? api.patch<Agreement>(`/api/host-agreements/${a.id}`, body)
        : api.post<Agreement>(`/api/countries/${countryId}/host-agreements`, {
            ...body,
            organizationId: d.organizationId,
          });
    },
    { invalidate: [['host-agreements', countryId]], onDone: onClose },
  );
  return (
    <FormCard title={a ? a.title : t('hca.add')} submit={submit} testId="hca-form">
      {!a && (
        <SelectField
          label={t('hca.organization')}
          name="organizationId"
          value={draft.organizationId}
          onChange={set('organizationId')}
          empty=""
          options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.code }))}
          errors={errors}
          required
        />
      )}
      <TextField
        label={t('hca.titleField')}
        name="title"
        value={draft.title}
        onChange={set('title')}
        errors={errors}
        required
      />
      <TextField
        label={t('hca.parties')}
        name="parties"
        value={draft.parties}
        onChange={set('parties')}
        errors={errors}
        required
      />
      <TextField
        label={t('hca.signedOn')}
        name="signedOn"
        type="date"
        value={draft.signedOn}
        onChange={set('signedOn')}
        errors={errors}
      />
      <CheckboxField
        label={t('hca.annexField')}
        name="securityAnnex"
        checked={draft.securityAnnex}
        onChange={set('securityAnnex')}
        errors={errors}
      />
      <TextAreaField
        label={t('hca.annexSummary')}
        name="annexSummary"
        value={draft.annexSummary}
        onChange={set('annexSummary')}
        errors={errors}
      />
      <TextField
        label={t('hca.reference')}
        name="documentReference"
        value={draft.documentReference}
        onChange={set('documentReference')}
        errors={errors}
      />
      <TextField
        label={t('hca.reviewDueOn')}
        name="reviewDueOn"
        type="date"
        value={draft.reviewDueOn}
        onChange={set('reviewDueOn')}
        errors={errors}
      />
      <TextField
        label={t('hca.lastReviewedOn')}
        name="lastReviewedOn"
        type="date"
        value={draft.lastReviewedOn}
        onChange={set('lastReviewedOn')}
        errors={errors}
      />
      <FormActions save={save} onCancel={onClose} />
    </FormCard>
  );
}
