import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { officeListSchema } from '../../../../contracts/offices';
import {
  acceptReferralResponseSchema,
  referralAdmissionContextSchema,
  referralPageSchema,
  referralSchema,
  type AcceptReferralRequest,
  type CreateReferralRequest,
  type DeclineReferralRequest,
  type PlanIntakeRequest,
  type Referral,
  type RefuseReferralRequest,
  type ReferralStatus,
} from '../../../../contracts/referrals';
import { api } from '../../../lib/api';
import { ApiError } from '../../../lib/api-error';

export const referralsQueryKey = ['referrals'] as const;
// The participants feature keys its caches under this prefix; accepting a referral creates a participant.
const participantsQueryKey = ['participants'] as const;

const pageSize = 25;

const referralPath = (referralId: string): string => `/api/referrals/${encodeURIComponent(referralId)}`;

export const referralListQueryOptions = (status: ReferralStatus | undefined) =>
  infiniteQueryOptions({
    queryKey: [...referralsQueryKey, 'list', { status: status ?? null }],
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(pageSize) });
      if (status) query.set('status', status);
      if (pageParam) query.set('cursor', pageParam);
      return api.request({ method: 'GET', path: `/api/referrals?${query.toString()}`, schema: referralPageSchema });
    },
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useReferralList = (status: ReferralStatus | undefined) => useInfiniteQuery(referralListQueryOptions(status));

export const referralQueryOptions = (referralId: string) =>
  queryOptions({
    queryKey: [...referralsQueryKey, 'detail', referralId],
    queryFn: () => api.request({ method: 'GET', path: referralPath(referralId), schema: referralSchema }),
  });

export const useReferral = (referralId: string) => useQuery(referralQueryOptions(referralId));

/** Offices to hold the intake in; the organiser has a handful, one list serves every picker. */
export const useIntakeOffices = () =>
  useQuery({
    queryKey: ['offices'],
    queryFn: async () => (await api.request({ method: 'GET', path: '/api/offices', schema: officeListSchema })).items,
  });

/** The counsellor's agency, the organiser's area and its setting: what R1 and R2 are checked against as the form is filled in. */
export const admissionContextQueryOptions = queryOptions({
  queryKey: [...referralsQueryKey, 'admission-rules'],
  queryFn: () => api.request({ method: 'GET', path: '/api/referrals/admission-rules', schema: referralAdmissionContextSchema }),
});

export const useAdmissionContext = () => useQuery(admissionContextQueryOptions);

/** Every write answers with the referral; storing it keeps its version current, and the lists are refetched. */
const storeReferral = (queryClient: QueryClient, referral: Referral): void => {
  queryClient.setQueryData(referralQueryOptions(referral.id).queryKey, referral);
  void queryClient.invalidateQueries({ queryKey: [...referralsQueryKey, 'list'] });
};

export const useCreateReferral = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReferralRequest) => api.request({ method: 'POST', path: '/api/referrals', body, schema: referralSchema }),
    onSuccess: (referral) => storeReferral(queryClient, referral),
  });
};

export const usePlanIntake = (referralId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanIntakeRequest) => api.request({ method: 'POST', path: `${referralPath(referralId)}/intake`, body, schema: referralSchema }),
    onSuccess: (referral) => storeReferral(queryClient, referral),
  });
};

export const useDeclineReferral = (referralId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DeclineReferralRequest) => api.request({ method: 'POST', path: `${referralPath(referralId)}/decline`, body, schema: referralSchema }),
    onSuccess: (referral) => storeReferral(queryClient, referral),
  });
};

export const useRefuseReferral = (referralId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RefuseReferralRequest) => api.request({ method: 'POST', path: `${referralPath(referralId)}/refuse`, body, schema: referralSchema }),
    onSuccess: (referral) => storeReferral(queryClient, referral),
  });
};

export const useAcceptReferral = (referralId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptReferralRequest) => api.request({ method: 'POST', path: `${referralPath(referralId)}/accept`, body, schema: acceptReferralResponseSchema }),
    // Not stored right away: the wizard would re-render as "already accepted" before it moves on to the new record.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: referralsQueryKey });
      void queryClient.invalidateQueries({ queryKey: participantsQueryKey });
    },
    // A rule refusal may have closed the referral (R1, R2): reload it, so the page shows it closed with its reasons.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 422) void queryClient.invalidateQueries({ queryKey: referralQueryOptions(referralId).queryKey });
    },
  });
};

/** After a version conflict: the referral as it is now. */
export const useReloadReferral = (referralId: string) => {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery({ ...referralQueryOptions(referralId), staleTime: 0 });
};
