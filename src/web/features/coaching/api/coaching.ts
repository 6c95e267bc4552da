import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { municipalityListSchema } from '../../../../contracts/municipalities';
import { coachMunicipalitiesSchema } from '../../../../contracts/coaching';
import { api } from '../../../lib/api';

const coachMunicipalitiesKey = ['coach-municipalities'] as const;

export const useCoachMunicipalities = () =>
  useQuery({
    queryKey: coachMunicipalitiesKey,
    queryFn: async () => (await api.request({ method: 'GET', path: '/api/coach-municipalities', schema: coachMunicipalitiesSchema })).municipalityIds,
  });

export const useAllMunicipalities = () =>
  useQuery({
    queryKey: ['municipalities'],
    queryFn: async () => (await api.request({ method: 'GET', path: '/api/municipalities', schema: municipalityListSchema })).items,
    staleTime: 60 * 60_000,
  });

export const useSaveCoachMunicipalities = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (municipalityIds: string[]) =>
      api.request({ method: 'PUT', path: '/api/coach-municipalities', body: { municipalityIds }, schema: coachMunicipalitiesSchema }),
    onSuccess: (saved) => queryClient.setQueryData(coachMunicipalitiesKey, saved.municipalityIds),
  });
};
