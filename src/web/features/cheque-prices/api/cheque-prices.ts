import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { chequePriceDecisionsSchema, chequePriceOnSchema, type RecordChequePriceDecisionRequest } from '../../../../contracts/cheque-prices';
import { api } from '../../../lib/api';

const decisionsQueryOptions = queryOptions({
  queryKey: ['cheque-price', 'decisions'],
  queryFn: () => api.request({ method: 'GET', path: '/api/cheque-price/decisions', schema: chequePriceDecisionsSchema }),
});

export const useChequePriceDecisions = () => useQuery(decisionsQueryOptions);

/** The price that applies on one date (R9: a decision applies from 1 January of the next year). */
export const useChequePriceOn = (date: string) =>
  useQuery({
    queryKey: ['cheque-price', 'on', date],
    queryFn: () => api.request({ method: 'GET', path: `/api/cheque-price?date=${encodeURIComponent(date)}`, schema: chequePriceOnSchema }),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(date),
  });

export const useRecordChequePriceDecision = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordChequePriceDecisionRequest) =>
      api.request({ method: 'POST', path: '/api/cheque-price/decisions', body, schema: chequePriceDecisionsSchema }),
    onSuccess: (decisions) => {
      queryClient.setQueryData(decisionsQueryOptions.queryKey, decisions);
      void queryClient.invalidateQueries({ queryKey: ['cheque-price', 'on'] });
    },
  });
};
