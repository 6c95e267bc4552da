import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ownJobRequestSchema,
  ownJobRequestsSchema,
  plannedVisitsSchema,
  portalChequePriceSchema,
  type CreateOwnJobRequestRequest,
} from '../../../../contracts/client-portal';
import { clientPortalSchema } from '../../../../contracts/clients';
import { api } from '../../../lib/api';

const portalKey = ['client-portal'] as const;

export const useClientPortal = () =>
  useQuery({ queryKey: [...portalKey, 'home'], queryFn: () => api.request({ method: 'GET', path: '/api/client-portal', schema: clientPortalSchema }) });

export const useOwnJobRequests = () =>
  useQuery({
    queryKey: [...portalKey, 'requests'],
    queryFn: () => api.request({ method: 'GET', path: '/api/client-portal/job-requests', schema: ownJobRequestsSchema }),
  });

export const useOwnJobRequest = (jobRequestId: string) =>
  useQuery({
    queryKey: [...portalKey, 'request', jobRequestId],
    queryFn: () => api.request({ method: 'GET', path: `/api/client-portal/job-requests/${encodeURIComponent(jobRequestId)}`, schema: ownJobRequestSchema }),
  });

export const usePlannedVisits = () =>
  useQuery({ queryKey: [...portalKey, 'visits'], queryFn: () => api.request({ method: 'GET', path: '/api/client-portal/visits', schema: plannedVisitsSchema }) });

export const usePortalChequePrice = () =>
  useQuery({
    queryKey: [...portalKey, 'price'],
    queryFn: () => api.request({ method: 'GET', path: '/api/client-portal/cheque-price', schema: portalChequePriceSchema }),
  });

export const useCreateOwnJobRequest = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOwnJobRequestRequest) => api.request({ method: 'POST', path: '/api/client-portal/job-requests', body, schema: ownJobRequestSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...portalKey, 'requests'] }),
  });
};

export const ownAgreementPdfPath = (clientId: string, agreementId: string): string =>
  `/api/client-portal/clients/${encodeURIComponent(clientId)}/agreements/${encodeURIComponent(agreementId)}/pdf`;
