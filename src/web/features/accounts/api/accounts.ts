import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountPageSchema, accountSchema, type Account, type UpdateAccountRequest } from '../../../../contracts/accounts';
import { invitationSchema, type CreateInvitationRequest } from '../../../../contracts/invitations';
import type { Role } from '../../../../contracts/roles';
import { api } from '../../../lib/api';

export const accountsQueryKey = ['accounts'] as const;

const accountPath = (accountId: string): string => `/api/accounts/${encodeURIComponent(accountId)}`;

export type AccountFilters = { q?: string | undefined; role?: Role | undefined };

const pageSize = 50;

/** Keyset pages ("Meer laden"), like every list of the API. */
export const accountListQueryOptions = (filters: AccountFilters) =>
  infiniteQueryOptions({
    queryKey: [...accountsQueryKey, 'list', filters],
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(pageSize) });
      if (filters.q) query.set('q', filters.q);
      if (filters.role) query.set('role', filters.role);
      if (pageParam) query.set('cursor', pageParam);
      return api.request({ method: 'GET', path: `/api/accounts?${query.toString()}`, schema: accountPageSchema });
    },
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useAccountList = (filters: AccountFilters) => useInfiniteQuery(accountListQueryOptions(filters));

export const accountQueryOptions = (accountId: string) =>
  queryOptions({
    queryKey: [...accountsQueryKey, 'detail', accountId],
    queryFn: () => api.request({ method: 'GET', path: accountPath(accountId), schema: accountSchema }),
  });

export const useAccount = (accountId: string) => useQuery(accountQueryOptions(accountId));

/** A changed account also changes the lists it appears in; the detail takes the answer as it is. */
const useAccountWrite = <TInput>(mutationFn: (input: TInput) => Promise<Account>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (account) => {
      queryClient.setQueryData(accountQueryOptions(account.id).queryKey, account);
      void queryClient.invalidateQueries({ queryKey: [...accountsQueryKey, 'list'] });
    },
  });
};

/** The invited member joins the lists; their page loads them as this organiser sees them (the typed name, decision 041). */
export const useInviteMember = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationRequest) => api.request({ method: 'POST', path: '/api/invitations', body, schema: invitationSchema }),
    onSuccess: (invitation) => {
      void queryClient.invalidateQueries({ queryKey: [...accountsQueryKey, 'list'] });
      void queryClient.invalidateQueries({ queryKey: accountQueryOptions(invitation.accountId).queryKey });
    },
  });
};

export const useUpdateAccount = (accountId: string) =>
  useAccountWrite((body: UpdateAccountRequest) => api.request({ method: 'PATCH', path: accountPath(accountId), body, schema: accountSchema }));

/** Logs the member out on every device (a lost laptop, a shared computer). */
export const useEndAccountSessions = (accountId: string) => useMutation({ mutationFn: () => api.send({ method: 'DELETE', path: `${accountPath(accountId)}/sessions` }) });

/** A lost phone: the member sets up a new authenticator at the next login. */
export const useResetTwoFactor = (accountId: string) => useMutation({ mutationFn: () => api.send({ method: 'DELETE', path: `${accountPath(accountId)}/two-factor` }) });

/** After a version conflict: the account as it is now. */
export const useReloadAccount = (accountId: string) => {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery({ ...accountQueryOptions(accountId), staleTime: 0 });
};
