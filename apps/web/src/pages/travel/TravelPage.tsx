import { api } from '../../api.ts';
import {
  ErrorBox,
  FormError,
  Loading,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
  formatDate,
  today,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useStructure } from '../../queries.ts';
import { useAdvisories, useTravelRequests } from './queries.ts';
import { RequestCard } from './RequestCard.tsx';
import { ScheduledCheckins } from './ScheduledCheckins.tsx';
import { AdvisoryForm, CeilingForm } from './TravelAdmin.tsx';
import { TravellerField } from './TravellerField.tsx';

interface LegDraft {
  destinationId: string;
  arrivalOn: string;
  departureOn: string;
}

const emptyLeg = (): LegDraft => ({ destinationId: '', arrivalOn: today(), departureOn: today() });

interface RequestDraft {
  purpose: string;
  travelKind: 'official' | 'home_leave';
  /** Empty: the signed-in user travels. */
  travellerId: string;
  legs: LegDraft[];
}

/** "My travel": request clearance, follow my requests, read advisories (notifications: /notifications). */
export function TravelPage() {
  const { t, locale } = useI18n();
  const { countryId } = useCurrentCountry();
  const structure = useStructure(countryId);
  const mine = useTravelRequests('mine');
  const advisories = useAdvisories(countryId);
  const form = useDraftForm(
    (): RequestDraft => ({
      purpose: '',
      travelKind: 'official',
      travellerId: '',
      legs: [emptyLeg()],
    }),
    (d) => api.post('/api/travel/requests', { ...d, travellerId: d.travellerId || undefined }),
    { invalidate: [['travel'], ['notifications']], reset: true },
  );
  const { draft, set, setDraft, save: create, errors, submit } = form;

  const destinations = [
    ...(structure.data?.dutyStations ?? []).map((s) => ({
      value: s.id,
      label: s.name,
      group: t('travel.dutyStations'),
    })),
    ...(structure.data?.areas ?? []).map((a) => ({
      value: a.id,
      label: a.name,
      group: t('travel.areas'),
    })),
  ];
  const setLegs = (update: (ls: LegDraft[]) => LegDraft[]) =>
    setDraft((x) => ({ ...x, legs: update(x.legs) }));
  const setLeg = (i: number, patch: Partial<LegDraft>) =>
    setLegs((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('travel.title')}</h1>
      </div>

      <section className="card" aria-labelledby="travel-new">
        <h2 id="travel-new">{t('travel.new')}</h2>
        {create.isSuccess && <Notice>{t('travel.requested')}</Notice>}
        <form className="form-grid" onSubmit={submit} noValidate data-testid="travel-form">
          <TravellerField value={draft.travellerId} onChange={set('travellerId')} errors={errors} />
          <TextField
            label={t('travel.purpose')}
            name="purpose"
            value={draft.purpose}
            onChange={set('purpose')}
            errors={errors}
            required
          />
          <SelectField
            label={t('travel.kind')}
            name="travelKind"
            value={draft.travelKind}
            onChange={(v) => set('travelKind')(v === 'home_leave' ? 'home_leave' : 'official')}
            options={[
              { value: 'official', label: t('travel.kind.official') },
              { value: 'home_leave', label: t('travel.kind.home_leave') },
            ]}
            help={draft.travelKind === 'home_leave' ? t('travel.homeLeaveHelp') : undefined}
            errors={errors}
          />
          {draft.legs.map((l, i) => (
            <fieldset key={i}>
              <legend>{t('travel.leg', { n: i + 1 })}</legend>
              <SelectField
                label={t('travel.destination')}
                name={`legs.${i}.destinationId`}
                value={l.destinationId}
                onChange={(v) => setLeg(i, { destinationId: v })}
                options={destinations}
                empty=""
                errors={errors}
                required
              />
              <TextField
                label={t('travel.arrival')}
                name={`legs.${i}.arrivalOn`}
                type="date"
                value={l.arrivalOn}
                onChange={(v) => setLeg(i, { arrivalOn: v })}
                errors={errors}
                required
              />
              <TextField
                label={t('travel.departure')}
                name={`legs.${i}.departureOn`}
                type="date"
                value={l.departureOn}
                onChange={(v) => setLeg(i, { departureOn: v })}
                errors={errors}
                required
              />
            </fieldset>
          ))}
          <div className="form-actions button-row">
            <button
              type="button"
              className="btn"
              onClick={() => setLegs((ls) => [...ls, emptyLeg()])}
            >
              {t('travel.addLeg')}
            </button>
            {draft.legs.length > 1 && (
              <button
                type="button"
                className="btn"
                onClick={() => setLegs((ls) => ls.slice(0, -1))}
              >
                {t('travel.removeLeg')}
              </button>
            )}
            <SubmitButton busy={create.isPending} label={t('travel.submit')} />
          </div>
          <FormError error={create.error} />
        </form>
      </section>

      <ScheduledCheckins />
      <section aria-labelledby="travel-mine" data-testid="travel-mine">
        <h2 id="travel-mine">{t('travel.mine')}</h2>
        {mine.isPending ? (
          <Loading />
        ) : mine.error ? (
          <ErrorBox error={mine.error} onRetry={() => void mine.refetch()} />
        ) : mine.data.items.length === 0 ? (
          <p className="card empty">{t('travel.none')}</p>
        ) : (
          mine.data.items.map((r) => <RequestCard key={r.id} request={r} />)
        )}
      </section>

      <section className="card" aria-labelledby="travel-advisories">
        <h2 id="travel-advisories">{t('travel.advisories')}</h2>
        {countryId && (
          <p>
            <a
              href={`/api/countries/${countryId}/advisories.cap`}
              title={t('travel.capFeedHelp')}
              data-testid="advisories-cap-feed"
            >
              {t('travel.capFeed')}
            </a>
          </p>
        )}
        {advisories.error ? (
          <ErrorBox error={advisories.error} onRetry={() => void advisories.refetch()} />
        ) : advisories.data?.items.length ? (
          <ul data-testid="travel-advisories">
            {advisories.data.items.map((a) => (
              <li key={a.id}>
                <strong>
                  {a.locationName}: {a.title}
                </strong>{' '}
                <small className="muted">
                  {formatDate(a.validFrom, locale)}
                  {a.validUntil && (
                    <>
                      {' '}
                      <span className="dir-icon" aria-hidden="true">
                        →
                      </span>{' '}
                      {formatDate(a.validUntil, locale)}
                    </>
                  )}
                </small>
                <p>{a.body}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{t('travel.noAdvisories')}</p>
        )}
        {advisories.data?.canIssue && <AdvisoryForm countryId={countryId} />}
      </section>

      <CeilingForm countryId={countryId} />
    </div>
  );
}
