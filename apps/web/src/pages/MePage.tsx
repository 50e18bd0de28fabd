import { LOCALE_NAMES, LOCALES } from '@fieldsafe/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { useMe } from '../auth.tsx';
import { ErrorBox, Loading } from '../components/ui.tsx';
import { useI18n } from '../i18n/index.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { localized } from '../i18n/labels.ts';
import { findingText } from './dashboard/InvariantsPanel.tsx';
import { countryName, useCountries } from '../queries.ts';
import type { Locale } from '@fieldsafe/core';
import type { ApiBody, Schemas } from '../schema.ts';

type RoleResponsibilities = Schemas['RoleResponsibilities'];
type Responsibility = RoleResponsibilities['responsibilities'][number];
import { PlansToAcknowledge } from './preparedness/PlansToAcknowledge.tsx';
import { Tokens } from './Tokens.tsx';
import { SecondFactorCard } from './SecondFactorCard.tsx';

function MeasureStatus({ r }: { r: Responsibility }) {
  const { t, locale } = useI18n();
  if (!r.measurable) return <span className="measure measure-none">{t('me.notMeasurable')}</span>;
  if (!r.measure) return null;
  const label = (
    <span className="muted small">
      {t('me.measuredBy', { measure: t(`measure.${r.measure}` as MessageKey) })}
    </span>
  );
  if (!r.status) {
    return (
      <p className="measure measure-none">
        {label} · {t('me.notMeasured')}
      </p>
    );
  }
  if (r.status.ok) {
    return (
      <p className="measure measure-ok">
        {label} · <span aria-hidden="true">✓</span> {t('me.ok')}
      </p>
    );
  }
  return (
    <div className="measure">
      {label}
      <ul className="measure-findings">
        {r.status.findings.map((f, i) => (
          <li key={i}>{findingText(t, locale, f)}</li>
        ))}
      </ul>
    </div>
  );
}

function RoleCard({ item }: { item: RoleResponsibilities }) {
  const { t, locale } = useI18n();
  const countries = useCountries();
  const country = countries.data?.items.find((c) => c.id === item.countryId);
  return (
    <section className="card" aria-label={localized(item.title, locale)}>
      <h2>
        {localized(item.title, locale)}
        {country && <span className="muted small"> · {countryName(country, locale)}</span>}
      </h2>
      {item.note && <p className="muted">{localized(item.note, locale)}</p>}
      <ol className="duties">
        {item.responsibilities.map((r) => (
          <li key={r.n} value={r.n}>
            <p>{localized(r.text, locale)}</p>
            <MeasureStatus r={r} />
          </li>
        ))}
      </ol>
      <p className="muted small">{t('me.source', { source: item.source })}</p>
    </section>
  );
}

export function MePage() {
  const { t, locale, setLocale } = useI18n();
  const me = useMe();
  const duties = useQuery({
    queryKey: ['responsibilities'],
    queryFn: () => api.get<ApiBody<'/api/responsibilities'>>('/api/responsibilities'),
  });
  // The six UN languages, each named in its own script (as in the header's menu).
  const languages = LOCALES.map((l): [Locale, string] => [l, LOCALE_NAMES[l]]);

  return (
    <div className="page narrow">
      <h1>{t('me.title')}</h1>
      <section className="card" aria-labelledby="account-title">
        <h2 id="account-title">{t('me.account')}</h2>
        <p>{me.email}</p>
        <fieldset className="kind-choice">
          <legend>{t('me.language')}</legend>
          {languages.map(([l, label]) => (
            <label key={l} className="radio" lang={l}>
              <input
                type="radio"
                name="language"
                value={l}
                checked={locale === l}
                onChange={() => setLocale(l)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
      </section>
      <PlansToAcknowledge />
      {duties.isPending ? (
        <Loading />
      ) : duties.error ? (
        <ErrorBox error={duties.error} onRetry={() => void duties.refetch()} />
      ) : duties.data.items.length === 0 ? (
        <p className="card empty">{t('me.none')}</p>
      ) : (
        duties.data.items.map((item, i) => (
          <RoleCard key={`${item.role}-${item.countryId ?? ''}-${i}`} item={item} />
        ))
      )}
      <SecondFactorCard />
      <Tokens />
    </div>
  );
}
