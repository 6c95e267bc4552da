import { useMutation, useQuery } from '@tanstack/react-query';
import type { CompletePasswordResetRequest, PasswordResetRequest } from '../../../../contracts/accounts';
import { acceptedInvitationSchema, invitationPreviewSchema, type AcceptInvitationRequest } from '../../../../contracts/invitations';
import { oneTimeTokenSchema } from '../../../../contracts/one-time-links';
import { api } from '../../../lib/api';
import { ApiError } from '../../../lib/api-error';

/** A token that cannot be one (a cut-off link) is refused here, as the server would, without asking it. */
export const isWellFormedToken = (token: string): boolean => oneTimeTokenSchema.safeParse(token).success;

/**
 * What an invitation link offers; asked once per page (the token is a POST body, never a URL). A link the server
 * refuses is an answer (the page explains it), so it is not retried.
 */
export const useInvitationPreview = (token: string) =>
  useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () =>
      isWellFormedToken(token)
        ? api.request({ method: 'POST', path: '/api/invitations/check', body: { token }, schema: invitationPreviewSchema })
        : Promise.reject(new ApiError(404, 'LINK_INVALID', 'This link is not valid')),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useAcceptInvitation = () =>
  useMutation({
    mutationFn: (body: AcceptInvitationRequest) => api.request({ method: 'POST', path: '/api/invitations/accept', body, schema: acceptedInvitationSchema }),
  });

export const useRequestPasswordReset = () => useMutation({ mutationFn: (body: PasswordResetRequest) => api.send({ method: 'POST', path: '/api/password-reset', body }) });

export const useCompletePasswordReset = () =>
  useMutation({ mutationFn: (body: CompletePasswordResetRequest) => api.send({ method: 'POST', path: '/api/password-reset/complete', body }) });

/** The refusals that mean "this link cannot be used": each gets its own page, not a form error. */
export const linkProblemOf = (error: unknown): 'LINK_INVALID' | 'LINK_EXPIRED' | 'LINK_USED' | null =>
  error instanceof ApiError && (error.code === 'LINK_INVALID' || error.code === 'LINK_EXPIRED' || error.code === 'LINK_USED') ? error.code : null;
