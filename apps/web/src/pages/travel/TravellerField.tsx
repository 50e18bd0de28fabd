import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { SelectField } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

type Travellers = Schemas['FilableTravellerList'];

/**
 * Whom a clearance request is for: the signed-in person, or someone the server says they may
 * file for (their dependants; their organization's personnel where they file for it) [004 ¶27].
 * Shows nothing to someone who may file only for themselves.
 */
export function TravellerField({
  value,
  onChange,
  errors,
}: {
  value: string;
  onChange: (id: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const travellers = useQuery({
    queryKey: ['travel', 'travellers'],
    queryFn: () => api.get<Travellers>('/api/travel/travellers'),
  });
  const items = travellers.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <SelectField
      label={t('travel.traveller')}
      name="travellerId"
      value={value}
      onChange={onChange}
      empty={t('travel.traveller.self')}
      options={items.map((p) => ({
        value: p.id,
        label: p.name,
        group: t(`travel.traveller.${p.basis}`),
      }))}
      help={t('travel.traveller.help')}
      errors={errors}
    />
  );
}
