import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';

/**
 * The assignments module's proposal (`POST /api/assignments`, built beside this page): a participant asked to do
 * the request. Only the new assignment's id is read back here; the assignments screens show the rest.
 */
const proposalAnswerSchema = z.object({ id: z.string() });

export const usePropose = (jobRequestId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { participantId: string; oneWayMetres?: number }) =>
      api.request({ method: 'POST', path: '/api/assignments', body: { jobRequestId, ...body }, schema: proposalAnswerSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['matching', 'candidates', jobRequestId] }),
  });
};
