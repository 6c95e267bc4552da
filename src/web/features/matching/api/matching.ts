import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { candidatesResponseSchema, type SetCandidateDistanceRequest } from '../../../../contracts/matching';
import { api } from '../../../lib/api';

const candidatesPath = (jobRequestId: string): string => `/api/job-requests/${encodeURIComponent(jobRequestId)}/candidates`;
const candidatesKey = (jobRequestId: string) => ['matching', 'candidates', jobRequestId] as const;

export const useCandidates = (jobRequestId: string) =>
  useQuery({
    queryKey: candidatesKey(jobRequestId),
    queryFn: () => api.request({ method: 'GET', path: candidatesPath(jobRequestId), schema: candidatesResponseSchema }),
  });

/** A staff km answers with the candidates ranked again: that answer replaces the list. */
export const useSetCandidateDistance = (jobRequestId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ participantId, ...body }: SetCandidateDistanceRequest & { participantId: string }) =>
      api.request({ method: 'PUT', path: `${candidatesPath(jobRequestId)}/${encodeURIComponent(participantId)}/distance`, body, schema: candidatesResponseSchema }),
    onSuccess: (answer) => queryClient.setQueryData(candidatesKey(jobRequestId), answer),
  });
};
