import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  clientDetailSchema,
  clientPageSchema,
  type ClientDetail,
  type CreateClientRequest,
  type RecordFeePaymentRequest,
  type SignClientAgreementRequest,
} from '../../../../contracts/clients';
import { api } from '../../../lib/api';

export const clientsQueryKey = ['clients'] as const;

const clientPath = (clientId: string): string => `/api/clients/${encodeURIComponent(clientId)}`;

export const agreementPdfPath = (clientId: string, agreementId: string): string => `${clientPath(clientId)}/agreements/${encodeURIComponent(agreementId)}/pdf`;

const listQueryOptions = (q: string) =>
  infiniteQueryOptions({
    queryKey: [...clientsQueryKey, 'list', q],
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: '50' });
      if (q) query.set('q', q);
      if (pageParam) query.set('cursor', pageParam);
      return api.request({ method: 'GET', path: `/api/clients?${query.toString()}`, schema: clientPageSchema });
    },
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useClientList = (q: string) => useInfiniteQuery(listQueryOptions(q));

export const useClient = (clientId: string) =>
  useQuery({ queryKey: [...clientsQueryKey, 'detail', clientId], queryFn: () => api.request({ method: 'GET', path: clientPath(clientId), schema: clientDetailSchema }) });

/** Every write answers with the whole client: store it as the detail and let the list refetch. */
const useClientMutation = <TInput>(mutationFn: (input: TInput) => Promise<ClientDetail>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (client) => {
      queryClient.setQueryData([...clientsQueryKey, 'detail', client.id], client);
      return queryClient.invalidateQueries({ queryKey: [...clientsQueryKey, 'list'] });
    },
  });
};

export const useCreateClient = () =>
  useClientMutation((body: CreateClientRequest) => api.request({ method: 'POST', path: '/api/clients', body, schema: clientDetailSchema }));

export const useDraftClientAgreement = (clientId: string) =>
  useClientMutation(() => api.request({ method: 'POST', path: `${clientPath(clientId)}/agreements`, schema: clientDetailSchema }));

export const useSignClientAgreement = (clientId: string) =>
  useClientMutation(({ agreementId, ...body }: SignClientAgreementRequest & { agreementId: string }) =>
    api.request({ method: 'POST', path: `${clientPath(clientId)}/agreements/${encodeURIComponent(agreementId)}/sign`, body, schema: clientDetailSchema }),
  );

export const useRecordFeePayment = (clientId: string) =>
  useClientMutation((body: RecordFeePaymentRequest) => api.request({ method: 'POST', path: `${clientPath(clientId)}/fee-payments`, body, schema: clientDetailSchema }));
