import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  officeListSchema,
  officeSchema,
  type CreateClosureRequest,
  type CreateOfficeRequest,
  type Office,
  type ReplaceOpeningHoursRequest,
  type UpdateOfficeRequest,
} from '../../../../contracts/offices';
import { api } from '../../../lib/api';

export const officesQueryKey = ['offices'] as const;

// An organiser has a handful of offices: one list query serves the overview and every detail page.
export const officesQueryOptions = queryOptions({
  queryKey: officesQueryKey,
  queryFn: async () => (await api.request({ method: 'GET', path: '/api/offices', schema: officeListSchema })).items,
});

export const useOffices = () => useQuery(officesQueryOptions);

export const useOffice = (officeId: string) => useQuery({ ...officesQueryOptions, select: (offices) => offices.find((office) => office.id === officeId) ?? null });

/** Every write answers with the whole office; storing it keeps the cache (and its version) current without a refetch. */
const storeOffice = (queryClient: QueryClient, office: Office): void => {
  queryClient.setQueryData<Office[]>(officesQueryKey, (offices = []) =>
    offices.some((existing) => existing.id === office.id) ? offices.map((existing) => (existing.id === office.id ? office : existing)) : [...offices, office],
  );
};

const officePath = (officeId: string): string => `/api/offices/${encodeURIComponent(officeId)}`;

const useOfficeMutation = <TInput>(mutationFn: (input: TInput) => Promise<Office>) => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: (office) => storeOffice(queryClient, office) });
};

export const useCreateOffice = () => useOfficeMutation((body: CreateOfficeRequest) => api.request({ method: 'POST', path: '/api/offices', body, schema: officeSchema }));

export const useUpdateOffice = (officeId: string) =>
  useOfficeMutation((body: UpdateOfficeRequest) => api.request({ method: 'PATCH', path: officePath(officeId), body, schema: officeSchema }));

export const useReplaceOpeningHours = (officeId: string) =>
  useOfficeMutation((body: ReplaceOpeningHoursRequest) => api.request({ method: 'PUT', path: `${officePath(officeId)}/opening-hours`, body, schema: officeSchema }));

export const useAddClosure = (officeId: string) =>
  useOfficeMutation((body: CreateClosureRequest) => api.request({ method: 'POST', path: `${officePath(officeId)}/closures`, body, schema: officeSchema }));

export const useRemoveClosure = (officeId: string) =>
  useOfficeMutation((closureId: string) =>
    api.request({ method: 'DELETE', path: `${officePath(officeId)}/closures/${encodeURIComponent(closureId)}`, schema: officeSchema }),
  );

/** After a version conflict: fetch the office as it is now, so the form can start again from the truth. */
export const useReloadOffice = (officeId: string) => {
  const queryClient = useQueryClient();
  return async (): Promise<Office | null> => {
    await queryClient.refetchQueries({ queryKey: officesQueryKey, exact: true });
    return queryClient.getQueryData<Office[]>(officesQueryKey)?.find((office) => office.id === officeId) ?? null;
  };
};
