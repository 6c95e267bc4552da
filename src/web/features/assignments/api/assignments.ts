import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { assignmentSchema, calendarFeedSchema, myPlanningSchema, planningWeekSchema } from '../../../../contracts/assignments';
import { api } from '../../../lib/api';

const assignmentsKey = ['assignments'] as const;

export const usePlanningWeek = (week: string) =>
  useQuery(
    queryOptions({
      queryKey: [...assignmentsKey, 'week', week],
      queryFn: () => api.request({ method: 'GET', path: `/api/planning?week=${encodeURIComponent(week)}`, schema: planningWeekSchema }),
    }),
  );

const myPlanningKey = [...assignmentsKey, 'mine'] as const;

export const useMyPlanning = () =>
  useQuery({ queryKey: myPlanningKey, queryFn: () => api.request({ method: 'GET', path: '/api/me/planning', schema: myPlanningSchema }) });

/** Yes or no to a proposal; Mijn planning is read again either way. */
export const useAnswerProposal = (assignmentId: string, answer: 'accept' | 'decline') => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; reason?: string }) =>
      api.request({ method: 'POST', path: `/api/me/proposals/${encodeURIComponent(assignmentId)}/${answer}`, body, schema: assignmentSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: myPlanningKey }),
  });
};

export const useReloadMyPlanning = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: myPlanningKey });
};

const feedKey = [...assignmentsKey, 'feed'] as const;

export const useCalendarFeed = () =>
  useQuery({ queryKey: feedKey, queryFn: () => api.request({ method: 'GET', path: '/api/me/calendar-feed', schema: calendarFeedSchema }) });

/** A new address (shown once, kept in the cache until the page is left) or stopping it. */
export const useChangeCalendarFeed = (method: 'POST' | 'DELETE') => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.request({ method, path: '/api/me/calendar-feed', schema: calendarFeedSchema }),
    onSuccess: (feed) => queryClient.setQueryData(feedKey, feed),
  });
};

const assignmentKey = (assignmentId: string) => [...assignmentsKey, 'one', assignmentId] as const;

export const useAssignment = (assignmentId: string) =>
  useQuery({
    queryKey: assignmentKey(assignmentId),
    queryFn: () => api.request({ method: 'GET', path: `/api/assignments/${encodeURIComponent(assignmentId)}`, schema: assignmentSchema }),
  });

/** Withdraw a proposal, end or cancel planned work (always with a reason); the planners are read again. */
export const useCloseAssignment = (assignmentId: string, action: 'withdraw' | 'end' | 'cancel') => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; reason: string }) =>
      api.request({ method: 'POST', path: `/api/assignments/${encodeURIComponent(assignmentId)}/${action}`, body, schema: assignmentSchema }),
    onSuccess: (assignment) => {
      queryClient.setQueryData(assignmentKey(assignmentId), assignment);
      void queryClient.invalidateQueries({ queryKey: [...assignmentsKey, 'week'] });
    },
  });
};

export const useReloadAssignment = (assignmentId: string) => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: assignmentKey(assignmentId) });
};
