import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api.ts';
import { ChooseCountry } from '../../components/ChooseCountry.tsx';
import { ErrorBox, FormError, Loading, SubmitButton } from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useStructure } from '../../queries.ts';
import { useCeilings } from '../travel/queries.ts';
import {
  draftEdits,
  emptyDraft,
  fromAssessment,
  STEPS,
  stepOf,
  toBody,
  type Step,
} from './assessmentDraft.ts';
import { DecisionsStep } from './DecisionsStep.tsx';
import { GoalsStep } from './GoalsStep.tsx';
import { useAssessment } from './queries.ts';
import { ReviewStep } from './ReviewStep.tsx';
import { RisksStep } from './RisksStep.tsx';
import { ThreatsStep } from './ThreatsStep.tsx';
import type { Schemas } from '../../schema.ts';

type Assessment = Schemas['RiskAssessment'];

/** The assessment wizard: goals → threats → risks → decisions → review. */
export function AssessmentEditor() {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  const [params] = useSearchParams();
  const from = params.get('from');
  const source = useAssessment(from);
  const structure = useStructure(countryId);
  const ceilings = useCeilings(countryId);
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>('goals');
  const [loaded, setLoaded] = useState(false);
  const { draft, setDraft, save, errors, submit } = useDraftForm(
    emptyDraft,
    (d) => api.post<Assessment>('/api/risk/assessments', toBody(d, countryId ?? '')),
    {
      invalidate: [['risk']],
      onDone: (a) => void navigate(`/risk/assessments/${a.id}`),
      // Take the user to the step holding the first field the server named.
      onError: (fields) => {
        const first = Object.keys(fields)[0];
        if (first) setStep(stepOf(first));
      },
    },
  );

  useEffect(() => {
    if (source.data && !loaded) {
      setDraft(fromAssessment(source.data));
      setLoaded(true);
    }
  }, [source.data, loaded, setDraft]);

  if (!countryId) return <ChooseCountry />;
  if (from && source.isPending) return <Loading />;
  if (source.error) return <ErrorBox error={source.error} />;

  const edit = draftEdits(setDraft);
  const locations = [
    { value: 'country:', label: t('risk.wholeCountry') },
    ...(structure.data?.areas ?? []).map((a) => ({
      value: `area:${a.id}`,
      label: a.name,
      group: t('common.area'),
    })),
    ...(structure.data?.dutyStations ?? []).map((s) => ({
      value: `duty_station:${s.id}`,
      label: s.name,
      group: t('common.dutyStation'),
    })),
  ];
  const ceilingAt = (placeId: string) =>
    ceilings.data?.items.find((c) => c.locationId === placeId)?.ceiling;
  const index = STEPS.indexOf(step);
  const next = (e: FormEvent) => {
    if (step === 'review') return submit(e);
    e.preventDefault();
    setStep(STEPS[index + 1] ?? 'review');
  };
  const props = { draft, errors, edit };

  return (
    <form className="page" onSubmit={next} noValidate>
      <div className="page-head">
        <h1>{from ? t('risk.newVersion') : t('risk.newAssessment')}</h1>
      </div>
      <nav className="button-row" aria-label={t('risk.steps')}>
        {STEPS.map((s, i) => (
          <button
            key={s}
            type="button"
            className={`btn btn-small${s === step ? ' btn-active' : ''}`}
            aria-current={s === step ? 'step' : undefined}
            onClick={() => setStep(s)}
          >
            {i + 1}. {t(`risk.step.${s}`)}
          </button>
        ))}
      </nav>

      {step === 'goals' && <GoalsStep {...props} />}
      {step === 'threats' && <ThreatsStep {...props} />}
      {step === 'risks' && <RisksStep {...props} />}
      {step === 'decisions' && <DecisionsStep {...props} />}
      {step === 'review' && <ReviewStep {...props} locations={locations} ceilingAt={ceilingAt} />}

      <FormError error={save.error} />
      <div className="form-actions">
        {index > 0 && (
          <button
            type="button"
            className="btn"
            onClick={() => setStep(STEPS[index - 1] ?? 'goals')}
          >
            <span className="dir-icon" aria-hidden="true">
              ←
            </span>{' '}
            {t('common.previous')}
          </button>
        )}
        {step === 'review' ? (
          <SubmitButton busy={save.isPending} label={t('risk.save')} />
        ) : (
          <button type="submit" className="btn btn-primary">
            {t('common.next')}{' '}
            <span className="dir-icon" aria-hidden="true">
              →
            </span>
          </button>
        )}
      </div>
    </form>
  );
}
