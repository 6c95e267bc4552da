import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invitationSchema, participantPortalAccountSchema, type CreateInvitationRequest } from '../../../../contracts/invitations';
import { api } from '../../../lib/api';

const portalAccountQueryOptions = (participantId: string) =>
  queryOptions({
    queryKey: ['participants', 'detail', participantId, 'portal-account'],
    queryFn: () => api.request({ method: 'GET', path: `/api/participants/${encodeURIComponent(participantId)}/portal-account`, schema: participantPortalAccountSchema }),
  });

/** Whether the wijk-werker has a portal login: none, invited (until when), or in use. */
export const usePortalAccount = (participantId: string) => useQuery(portalAccountQueryOptions(participantId));

/** "Uitnodigen voor het portaal": the answer is the portal account as the section shows it. */
export const useInviteToPortal = (participantId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationRequest) => api.request({ method: 'POST', path: '/api/invitations', body, schema: invitationSchema }),
    onSuccess: (invitation) => queryClient.setQueryData(portalAccountQueryOptions(participantId).queryKey, { portalAccount: invitation }),
  });
};
