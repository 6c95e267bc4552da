import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { municipalityListSchema } from '../../../../contracts/municipalities';
import { coachListSchema } from '../../../../contracts/coaching';
import {
  documentSchema,
  eligibilitySchema,
  participantDetailSchema,
  participantHistorySchema,
  participantPageSchema,
  remindersResponseSchema,
  type BenefitStatus,
  type CreateCaseNoteRequest,
  type CreateConsentRequest,
  type ParticipantDetail,
  type SignAgreementRequest,
  type UpdateParticipantRequest,
  type UploadDocumentRequest,
} from '../../../../contracts/participants';
import type { EndTrajectoryRequest, RecordEvaluationRequest } from '../../../../contracts/trajectories';
import { api } from '../../../lib/api';

export const participantsQueryKey = ['participants'] as const;

const participantPath = (participantId: string): string => `/api/participants/${encodeURIComponent(participantId)}`;

export type ParticipantFilters = {
  q?: string | undefined;
  status?: 'intake' | 'active' | 'ended' | undefined;
  municipalityId?: string | undefined;
  benefitStatus?: BenefitStatus | undefined;
  monthsLeftAtMost?: number | undefined;
};

const pageSize = 50;

/** Keyset pages ("Meer laden"): each page asks for the rows after the previous page's cursor. */
export const participantListQueryOptions = (filters: ParticipantFilters) =>
  infiniteQueryOptions({
    queryKey: [...participantsQueryKey, 'list', filters],
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(pageSize) });
      for (const [key, value] of Object.entries(filters)) {
        if (value !== undefined && value !== '') query.set(key, String(value));
      }
      if (pageParam) query.set('cursor', pageParam);
      return api.request({ method: 'GET', path: `/api/participants?${query.toString()}`, schema: participantPageSchema });
    },
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useParticipantList = (filters: ParticipantFilters) => useInfiniteQuery(participantListQueryOptions(filters));

export const participantQueryOptions = (participantId: string) =>
  queryOptions({
    queryKey: [...participantsQueryKey, 'detail', participantId],
    queryFn: () => api.request({ method: 'GET', path: participantPath(participantId), schema: participantDetailSchema }),
  });

export const useParticipant = (participantId: string) => useQuery(participantQueryOptions(participantId));

/** Loaded only when someone opens the history, since reading it is rarely needed. */
export const useParticipantHistory = (participantId: string, isOpen: boolean) =>
  useQuery({
    queryKey: [...participantsQueryKey, 'history', participantId],
    queryFn: () => api.request({ method: 'GET', path: `${participantPath(participantId)}/history`, schema: participantHistorySchema }),
    enabled: isOpen,
  });

export const useMunicipalities = () =>
  useQuery({
    queryKey: ['municipalities'],
    queryFn: async () => (await api.request({ method: 'GET', path: '/api/municipalities', schema: municipalityListSchema })).items,
    staleTime: 60 * 60_000,
  });

export const useReminders = () =>
  useQuery({
    queryKey: [...participantsQueryKey, 'reminders'],
    queryFn: async () => (await api.request({ method: 'GET', path: '/api/reminders', schema: remindersResponseSchema })).items,
  });

/** The organiser's werkcoaches with their caseload, for the coordinator's coach picker. */
export const useCoaches = (enabled: boolean) =>
  useQuery({
    queryKey: ['coaches'],
    queryFn: async () => (await api.request({ method: 'GET', path: '/api/coaches', schema: coachListSchema })).items,
    enabled,
  });

/** An eligibility verdict is computed, not stored: asked for explicitly, never served stale. */
export const useEligibility = (participantId: string, date: string | null) =>
  useQuery({
    queryKey: [...participantsQueryKey, 'eligibility', participantId, date],
    queryFn: () =>
      api.request({
        method: 'GET',
        path: `${participantPath(participantId)}/eligibility?${new URLSearchParams({ date: date ?? '' }).toString()}`,
        schema: eligibilitySchema,
      }),
    enabled: date !== null,
    staleTime: 0,
  });

/**
 * Almost every write answers with the whole participant: storing it keeps the page (and its versions) current,
 * and the lists, reminders and eligibility answers are refetched because counters and evidence may have changed.
 */
const useParticipantWrite = <TInput>(participantId: string, write: (input: TInput) => Promise<ParticipantDetail>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (participant) => {
      queryClient.setQueryData(participantQueryOptions(participantId).queryKey, participant);
      void queryClient.invalidateQueries({
        queryKey: participantsQueryKey,
        predicate: (query) => query.queryKey[1] !== 'detail',
      });
    },
  });
};

const post = (path: string) => (body: unknown) => api.request({ method: 'POST', path, body, schema: participantDetailSchema });

export const useAddConsent = (participantId: string) =>
  useParticipantWrite(participantId, (body: CreateConsentRequest) => post(`${participantPath(participantId)}/consents`)(body));

export const useWithdrawConsent = (participantId: string) =>
  useParticipantWrite(participantId, ({ consentId, withdrawnOn }: { consentId: string; withdrawnOn: string }) =>
    post(`${participantPath(participantId)}/consents/${encodeURIComponent(consentId)}/withdraw`)({ withdrawnOn }),
  );

export const useAddNote = (participantId: string) =>
  useParticipantWrite(participantId, (body: CreateCaseNoteRequest) => post(`${participantPath(participantId)}/notes`)(body));

export const useDraftAgreement = (participantId: string) =>
  useParticipantWrite(participantId, (plannedStartDate: string) => post(`${participantPath(participantId)}/agreements`)({ plannedStartDate }));

export const useSignAgreement = (participantId: string) =>
  useParticipantWrite(participantId, ({ agreementId, ...body }: SignAgreementRequest & { agreementId: string }) =>
    post(`${participantPath(participantId)}/agreements/${encodeURIComponent(agreementId)}/sign`)(body),
  );

/** The profile after intake: every editable field with the version the form started from (409 when stale). */
export const useUpdateParticipant = (participantId: string) =>
  useParticipantWrite(participantId, (body: UpdateParticipantRequest) =>
    api.request({ method: 'PATCH', path: participantPath(participantId), body, schema: participantDetailSchema }),
  );

export const useAssignCoach = (participantId: string) =>
  useParticipantWrite(participantId, (body: { version: number; coachAccountId: string | null }) =>
    api.request({ method: 'PUT', path: `${participantPath(participantId)}/coach`, body, schema: participantDetailSchema }),
  );

export const useStartTrajectory = (participantId: string) =>
  useParticipantWrite(participantId, (startDate: string) => post(`${participantPath(participantId)}/trajectories`)({ startDate }));

export const useRecordEvaluation = (participantId: string) =>
  useParticipantWrite(participantId, ({ trajectoryId, ...body }: RecordEvaluationRequest & { trajectoryId: string }) =>
    post(`/api/trajectories/${encodeURIComponent(trajectoryId)}/evaluations`)(body),
  );

export const useEndTrajectory = (participantId: string) =>
  useParticipantWrite(participantId, ({ trajectoryId, ...body }: EndTrajectoryRequest & { trajectoryId: string }) =>
    post(`/api/trajectories/${encodeURIComponent(trajectoryId)}/end`)(body),
  );

/** The upload answers with the document only; the page is refetched to show it in the list. */
export const useUploadDocument = (participantId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UploadDocumentRequest) => api.request({ method: 'POST', path: `${participantPath(participantId)}/documents`, body, schema: documentSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: participantsQueryKey }),
  });
};

/** After a version conflict: the participant as it is now. */
export const useReloadParticipant = (participantId: string) => {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery({ ...participantQueryOptions(participantId), staleTime: 0 });
};

export const documentContentPath = (participantId: string, documentId: string): string =>
  `${participantPath(participantId)}/documents/${encodeURIComponent(documentId)}/content`;

export const agreementPdfPath = (participantId: string, agreementId: string): string =>
  `${participantPath(participantId)}/agreements/${encodeURIComponent(agreementId)}/pdf`;
