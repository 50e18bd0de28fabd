import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import type { ApiBody, Schemas } from '../../schema.ts';

type Assessment = Schemas['RiskAssessment'];
type HeatMapData = Schemas['RiskHeatMap'];
type Register = Schemas['RiskRegister'];

export function useAssessments(countryId: string | null) {
  return useQuery({
    queryKey: ['risk', 'assessments', countryId],
    queryFn: () =>
      api.get<ApiBody<'/api/risk/assessments'>>(withQuery('/api/risk/assessments', { countryId })),
    enabled: Boolean(countryId),
  });
}

export function useAssessment(id: string | null | undefined) {
  return useQuery({
    queryKey: ['risk', 'assessment', id],
    queryFn: () => api.get<Assessment>(`/api/risk/assessments/${id ?? ''}`),
    enabled: Boolean(id),
  });
}

export function useVersions(id: string | undefined) {
  return useQuery({
    queryKey: ['risk', 'versions', id],
    queryFn: () =>
      api.get<ApiBody<'/api/risk/assessments/{id}/versions'>>(
        `/api/risk/assessments/${id ?? ''}/versions`,
      ),
    enabled: Boolean(id),
  });
}

export function useHeatMap(countryId: string | null, dutyStationId: string) {
  return useQuery({
    queryKey: ['risk', 'heatmap', countryId, dutyStationId],
    queryFn: () =>
      api.get<HeatMapData>(
        withQuery(`/api/countries/${countryId ?? ''}/risk/heatmap`, { dutyStationId }),
      ),
    enabled: Boolean(countryId),
  });
}

export function useRegister(countryId: string | null, dutyStationId: string) {
  return useQuery({
    queryKey: ['risk', 'register', countryId, dutyStationId],
    queryFn: () =>
      api.get<Register>(
        withQuery(`/api/countries/${countryId ?? ''}/risk/register`, { dutyStationId }),
      ),
    enabled: Boolean(countryId),
  });
}

export function useUnassessed(countryId: string | null) {
  return useQuery({
    queryKey: ['risk', 'unassessed', countryId],
    queryFn: () =>
      api.get<ApiBody<'/api/countries/{id}/risk/unassessed'>>(
        `/api/countries/${countryId ?? ''}/risk/unassessed`,
      ),
    enabled: Boolean(countryId),
  });
}

export function useSecurityLevels(countryId: string | null) {
  return useQuery({
    queryKey: ['risk', 'levels', countryId],
    queryFn: () =>
      api.get<ApiBody<'/api/countries/{id}/security-levels'>>(
        `/api/countries/${countryId ?? ''}/security-levels`,
      ),
    enabled: Boolean(countryId),
  });
}

export function useSanctions(countryId: string | null) {
  return useQuery({
    queryKey: ['risk', 'sanctions', countryId],
    queryFn: () =>
      api.get<ApiBody<'/api/countries/{id}/clearance-sanctions'>>(
        `/api/countries/${countryId ?? ''}/clearance-sanctions`,
      ),
    enabled: Boolean(countryId),
  });
}

/** The MOSS catalogue, to link a mitigation measure to one of its measures. */
export function useMossCatalogue() {
  return useQuery({
    queryKey: ['moss', 'catalogue'],
    queryFn: () => api.get<ApiBody<'/api/moss/catalogue'>>('/api/moss/catalogue'),
    staleTime: Infinity,
  });
}
