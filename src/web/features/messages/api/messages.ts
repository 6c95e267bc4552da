import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { messagePageSchema, messageSchema, type MessageChannel, type MessageStatus } from '../../../../contracts/messages';
import { api } from '../../../lib/api';

export const messagesQueryKey = ['messages'] as const;

const messagePath = (messageId: string): string => `/api/messages/${encodeURIComponent(messageId)}`;

export type MessageFilters = { q?: string | undefined; status?: MessageStatus | undefined; channel?: MessageChannel | undefined };

const pageSize = 50;

/** Keyset pages ("Meer laden"), like every list of the API. */
export const messageListQueryOptions = (filters: MessageFilters) =>
  infiniteQueryOptions({
    queryKey: [...messagesQueryKey, 'list', filters],
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(pageSize) });
      if (filters.q) query.set('q', filters.q);
      if (filters.status) query.set('status', filters.status);
      if (filters.channel) query.set('channel', filters.channel);
      if (pageParam) query.set('cursor', pageParam);
      return api.request({ method: 'GET', path: `/api/messages?${query.toString()}`, schema: messagePageSchema });
    },
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useMessageList = (filters: MessageFilters) => useInfiniteQuery(messageListQueryOptions(filters));

export const messageQueryOptions = (messageId: string) =>
  queryOptions({
    queryKey: [...messagesQueryKey, 'detail', messageId],
    queryFn: () => api.request({ method: 'GET', path: messagePath(messageId), schema: messageSchema }),
  });

export const useMessage = (messageId: string) => useQuery(messageQueryOptions(messageId));

/** Queues the message again; the detail takes the answer, the lists are read again. */
export const useResendMessage = (messageId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.request({ method: 'POST', path: `${messagePath(messageId)}/resend`, schema: messageSchema }),
    onSuccess: (message) => {
      queryClient.setQueryData(messageQueryOptions(message.id).queryKey, message);
      void queryClient.invalidateQueries({ queryKey: [...messagesQueryKey, 'list'] });
    },
  });
};

/** The day's letters as one PDF: opened by the browser, so the office prints it from there. */
export const printListHref = (date: string): string => `/api/messages/print-list?date=${encodeURIComponent(date)}`;
