import { ClassificationFields } from '../../components/Classification.tsx';
import { SelectField, TextAreaField, TextField, type Option } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { StepProps } from './assessmentDraft.ts';

/** Step 5: where and when the assessment applies, the staff ceiling, a summary and the counts. */
export function ReviewStep({
  draft,
  errors,
  edit,
  locations,
  ceilingAt,
}: StepProps & {
  /** The whole country, its areas and its duty stations (`type:id`). */
  locations: Option[];
  /** The staff ceiling in force at an area or duty station, if any. */
  ceilingAt: (placeId: string) => number | undefined;
}) {
  const { t } = useI18n();
  const { patch } = edit;
  return (
    <section className="card">
      <h2>{t('risk.step.review')}</h2>
      <div className="form-grid">
        <SelectField
          label={t('risk.location')}
          name="locationType"
          value={draft.location}
          onChange={(v) => {
            // Show the ceiling in force at the chosen place (set here or in travel admin).
            const [, placeId = ''] = v.split(':');
            const inForce = ceilingAt(placeId);
            const shown = inForce === undefined ? '' : String(inForce);
            patch(
              draft.staffCeiling === draft.staffCeilingShown
                ? { location: v, staffCeiling: shown, staffCeilingShown: shown }
                : { location: v },
            );
          }}
          options={locations}
          empty={t('common.choose')}
          required
          errors={{
            ...errors,
            locationType: errors.areaId ?? errors.dutyStationId ?? errors.locationType ?? '',
          }}
        />
        <TextField
          label={t('risk.titleLabel')}
          name="title"
          value={draft.title}
          onChange={(v) => patch({ title: v })}
          required
          errors={errors}
        />
        <TextField
          label={t('risk.assessedOn')}
          name="assessedOn"
          type="date"
          value={draft.assessedOn}
          onChange={(v) => patch({ assessedOn: v })}
          required
          errors={errors}
        />
        <TextField
          label={t('risk.reviewDue')}
          name="reviewDue"
          type="date"
          value={draft.reviewDue}
          onChange={(v) => patch({ reviewDue: v })}
          required
          errors={errors}
        />
        <TextField
          label={t('risk.staffCeiling')}
          name="staffCeiling"
          type="number"
          value={draft.staffCeiling}
          onChange={(v) => patch({ staffCeiling: v })}
          help={t('risk.staffCeilingHelp')}
          errors={errors}
        />
      </div>
      <TextAreaField
        label={t('risk.summary')}
        name="summary"
        value={draft.summary}
        onChange={(v) => patch({ summary: v })}
        errors={errors}
      />
      <ClassificationFields
        value={draft.classification}
        onChange={(v) => patch({ classification: v })}
        shareable={{ checked: draft.sltShareable, onChange: (v) => patch({ sltShareable: v }) }}
        errors={errors}
      />
      <p className="muted">
        {t('risk.reviewCounts', {
          goals: draft.goals.length,
          threats: draft.threats.length,
          risks: draft.risks.length,
        })}
      </p>
    </section>
  );
}
