import { formatNumber, type Locale } from '@fieldsafe/core';
import { Link } from 'react-router';
import { Badge, formatDate } from '../../components/ui.tsx';
import { useCurrentCountry } from '../../country.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n, type Translate } from '../../i18n/index.tsx';
import { localized } from '../../i18n/labels.ts';
import { countryName, useCountries } from '../../queries.ts';
import { categoryLabel } from '../incidents/categories.ts';
import { findingText } from './InvariantsPanel.tsx';
import type { HomeItem, HomeSection } from './home.ts';
import './home.css';

const SEVERITY = { refuse: 'error', refer: 'warning', info: 'info' } as const;
const CLEARANCE_TONE: Record<string, 'warning' | 'ok' | 'error' | 'neutral'> = {
  pending: 'warning',
  approved: 'ok',
  refused: 'error',
};

/** The words under an item's link: its date, status or figures, as its section calls for. */
function detail(key: HomeSection['key'], it: HomeItem, t: Translate, locale: Locale) {
  const n = (k: string) => formatNumber(it.counts?.[k] ?? 0, locale);
  const date = formatDate(it.date, locale);
  switch (key) {
    case 'myClearances':
    case 'clearancesWaiting':
    case 'decideClearances':
      return t('home.departs', { date });
    case 'myTraining':
      return t(it.status === 'expired' ? 'home.myTraining.expired' : 'home.myTraining.expires', {
        date,
      });
    case 'myPlans':
      return t(`prep.kind.${it.code ?? 'country'}` as MessageKey);
    case 'myZones':
      return t('home.myZones.people', { n: it.counts?.people ?? 0 });
    case 'toReach':
      return t('home.toReach.counts', { noAnswer: n('noAnswer'), needHelp: n('needHelp') });
    case 'radioChecksDue': {
      const when = t(
        it.status === 'overdue' ? 'home.radioChecksDue.overdue' : 'home.radioChecksDue.due',
        { date },
      );
      const last =
        typeof it.params?.lastOn === 'string'
          ? t('home.radioChecksDue.last', {
              date: formatDate(it.params.lastOn, locale),
              missed: it.counts?.missed ?? 0,
            })
          : t('home.radioChecksDue.never');
      return `${when} · ${last}`;
    }
    case 'activeCrises':
      return t('home.activeCrises.counts', {
        total: n('total'),
        safe: n('safe'),
        needHelp: n('needHelp'),
        noAnswer: n('noAnswer'),
      });
    case 'incidentsWaiting':
      return `${categoryLabel(it.code ?? '', locale)} · ${formatDate(it.date, locale)}`;
    case 'overdueDrills':
      return t('home.scheduledOn', { date });
    case 'overdueFindings':
      return t('home.deadline', { date });
    case 'overdueReviews':
      return it.status === 'flagged' ? t('home.flagged') : t('home.reviewDue', { date });
    case 'decideRisks':
      return t('home.decideRisks.level', {
        level: t(`risk.level.${it.code ?? 'high'}` as MessageKey),
      });
    case 'decideLevels':
      return t('home.decideLevels.none');
    case 'decideSsafe':
      return t('home.decideSsafe.ends', { date });
    default:
      return null;
  }
}

/** The item's name: its title, its label in the reader's language, or its worded code. */
function name(key: HomeSection['key'], it: HomeItem, t: Translate, locale: Locale) {
  if (key === 'invariantErrors')
    return findingText(t, locale, {
      code: it.code ?? '',
      message: it.code ?? '',
      params: it.params ?? {},
    });
  if (key === 'overdueDrills') {
    const kind = t(`prep.drill.${it.code ?? 'other'}` as MessageKey);
    return it.title ? `${kind}: ${it.title}` : kind;
  }
  if (it.label) return localized(it.label, locale);
  return it.title ?? '';
}

function Item({ section, item: it }: { section: HomeSection; item: HomeItem }) {
  const { t, locale } = useI18n();
  const words = detail(section.key, it, t, locale);
  return (
    <li className="home-item">
      <Link to={it.link} className="home-link">
        {name(section.key, it, t, locale)}
      </Link>
      {it.status && CLEARANCE_TONE[it.status] && section.key === 'myClearances' && (
        <>
          {' '}
          <Badge tone={CLEARANCE_TONE[it.status] ?? 'neutral'}>
            {t(`travel.status.${it.status}` as MessageKey)}
          </Badge>
        </>
      )}
      {words && <span className="muted small home-detail">{words}</span>}
      {it.reasons && it.reasons.length > 0 && (
        <ul className="home-reasons">
          {it.reasons.map((r, i) => (
            <li key={i}>
              <Badge tone={SEVERITY[r.severity]}>{t(`travel.severity.${r.severity}`)}</Badge>{' '}
              {localized(r.message, locale)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** System administrators and HQ: each country's errors, crises and overdue items, and a way in. */
function Overview({ section }: { section: HomeSection }) {
  const { t, locale } = useI18n();
  const { countryId, setCountryId } = useCurrentCountry();
  const countries = useCountries();
  const nameOf = (id: string) => {
    const c = countries.data?.items.find((x) => x.id === id);
    return c ? countryName(c, locale) : '';
  };
  return (
    <section className="card" aria-labelledby="home-overview" data-testid="home-overview">
      <h2 id="home-overview">{t('home.overview')}</h2>
      {section.items.length === 0 ? (
        <p className="empty">{t('home.overview.empty')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="home-overview">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('home.overview.country')}</th>
                <th scope="col" className="num">
                  {t('home.overview.errors')}
                </th>
                <th scope="col" className="num">
                  {t('home.overview.crises')}
                </th>
                <th scope="col" className="num">
                  {t('home.overview.overdue')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('home.overview.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {section.items.map((it) => (
                <tr key={it.id} aria-current={it.id === countryId ? 'true' : undefined}>
                  <th scope="row">{nameOf(it.id)}</th>
                  {(['errors', 'crises', 'overdue'] as const).map((k) => (
                    <td key={k} className="num" data-label={t(`home.overview.${k}`)}>
                      {formatNumber(it.counts?.[k] ?? 0, locale)}
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() => setCountryId(it.id)}
                      disabled={it.id === countryId}
                    >
                      {it.id === countryId ? t('home.overview.current') : t('home.overview.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Section({ section }: { section: HomeSection }) {
  const { t, locale } = useI18n();
  const id = `home-${section.key}`;
  return (
    <section className="card home-section" aria-labelledby={id} data-testid={id}>
      <div className="card-head">
        <h2 id={id}>
          {t(`home.${section.key}` as MessageKey)}{' '}
          {section.total > 0 && <Badge tone="neutral">{formatNumber(section.total, locale)}</Badge>}
        </h2>
        {section.link && section.total > 0 && (
          <Link to={section.link} className="small">
            {t('home.seeAll')}
          </Link>
        )}
      </div>
      {section.items.length === 0 ? (
        <p className="empty">{t(`home.${section.key}.empty` as MessageKey)}</p>
      ) : (
        <ul className="home-items">
          {section.items.map((it) => (
            <Item key={it.id} section={section} item={it} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The sections of the person's home, as the server chose them. */
export function HomeSections({ sections }: { sections: HomeSection[] }) {
  // (The crisis prompt is the layout's, on every page: `components/CrisisPrompt.tsx`.)
  const overview = sections.find((s) => s.key === 'overview');
  const rest = sections.filter((s) => s.key !== 'crisisPrompt' && s.key !== 'overview');
  return (
    <>
      {overview && <Overview section={overview} />}
      <div className="home-grid">
        {rest.map((s) => (
          <Section key={s.key} section={s} />
        ))}
      </div>
    </>
  );
}
