import { useMutation, useQuery } from '@tanstack/react-query';
import { clientApplicationReceivedSchema, type ClientApplicationRequest } from '../../../../contracts/client-applications';
import { agreementSignedSchema, agreementSigningPreviewSchema, type SignAgreementByLinkRequest } from '../../../../contracts/clients';
import { oneTimeTokenSchema } from '../../../../contracts/one-time-links';
import { api } from '../../../lib/api';
import { ApiError } from '../../../lib/api-error';

export const useSubmitClientApplication = () =>
  useMutation({
    mutationFn: (body: ClientApplicationRequest) =>
      api.request({ method: 'POST', path: '/api/public/client-applications', body, schema: clientApplicationReceivedSchema }),
  });

/** The agreement a signing link offers; a refused link is an answer the page explains, so it is not retried. */
export const useSigningPreview = (token: string) =>
  useQuery({
    queryKey: ['agreement-signing', token],
    queryFn: () =>
      oneTimeTokenSchema.safeParse(token).success
        ? api.request({ method: 'POST', path: '/api/public/agreement-signing/check', body: { token }, schema: agreementSigningPreviewSchema })
        : Promise.reject(new ApiError(404, 'LINK_INVALID', 'This link is not valid')),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useSignAgreementByLink = () =>
  useMutation({
    mutationFn: (body: SignAgreementByLinkRequest) => api.request({ method: 'POST', path: '/api/public/agreement-signing/sign', body, schema: agreementSignedSchema }),
  });
