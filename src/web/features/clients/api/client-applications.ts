import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  clientApplicationDetailSchema,
  clientApplicationListSchema,
  type ApproveClientApplicationRequest,
  type ClientApplicationDetail,
  type ClientApplicationSummary,
  type DeclineClientApplicationRequest,
} from '../../../../contracts/client-applications';
import { clientDetailSchema, type ClientDetail } from '../../../../contracts/clients';
import { invitationSchema } from '../../../../contracts/invitations';
import { api } from '../../../lib/api';
import { clientsQueryKey } from './clients';

const applicationsKey = ['client-applications'] as const;
const applicationPath = (applicationId: string): string => `/api/client-applications/${encodeURIComponent(applicationId)}`;

export const useClientApplications = (status: ClientApplicationSummary['status']) =>
  useQuery({
    queryKey: [...applicationsKey, 'list', status],
    queryFn: () => api.request({ method: 'GET', path: `/api/client-applications?status=${status}`, schema: clientApplicationListSchema }),
  });

export const useClientApplication = (applicationId: string) =>
  useQuery({
    queryKey: [...applicationsKey, 'detail', applicationId],
    queryFn: () => api.request({ method: 'GET', path: applicationPath(applicationId), schema: clientApplicationDetailSchema }),
  });

const useDecision = <TInput>(mutationFn: (input: TInput) => Promise<ClientApplicationDetail>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (application) => {
      queryClient.setQueryData([...applicationsKey, 'detail', application.id], application);
      return Promise.all([queryClient.invalidateQueries({ queryKey: [...applicationsKey, 'list'] }), queryClient.invalidateQueries({ queryKey: clientsQueryKey })]);
    },
  });
};

export const useApproveClientApplication = (applicationId: string) =>
  useDecision((body: ApproveClientApplicationRequest) =>
    api.request({ method: 'POST', path: `${applicationPath(applicationId)}/approve`, body, schema: clientApplicationDetailSchema }),
  );

export const useDeclineClientApplication = (applicationId: string) =>
  useDecision((body: DeclineClientApplicationRequest) =>
    api.request({ method: 'POST', path: `${applicationPath(applicationId)}/decline`, body, schema: clientApplicationDetailSchema }),
  );

/** "Uitnodigen": the contact gets an e-mail to choose a password; the client page then shows them invited. */
export const useInviteClientContact = (clientId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { clientContactId: string; email: string }) =>
      api.request({ method: 'POST', path: '/api/invitations', body: { role: 'client', ...body }, schema: invitationSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...clientsQueryKey, 'detail', clientId] }),
  });
};

/** "Verstuur ter ondertekening": answers with the client, its agreement now showing the link sent. */
export const useSendSigningLink = (clientId: string, agreementId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { contactId: string }) =>
      api.request({
        method: 'POST',
        path: `/api/clients/${encodeURIComponent(clientId)}/agreements/${encodeURIComponent(agreementId)}/signing-link`,
        body,
        schema: clientDetailSchema,
      }),
    onSuccess: (client: ClientDetail) => queryClient.setQueryData([...clientsQueryKey, 'detail', client.id], client),
  });
};
