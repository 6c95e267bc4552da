import { useQuery } from '@tanstack/react-query';
import { publicOfficesResponseSchema } from '../../../../contracts/offices';
import { api } from '../../../lib/api';

export const usePublicOffices = (slug: string) =>
  useQuery({
    queryKey: ['public-offices', slug],
    queryFn: () =>
      api.request({
        method: 'GET',
        path: `/api/public/organisers/${encodeURIComponent(slug)}/offices`,
        schema: publicOfficesResponseSchema,
      }),
    // Opening hours change rarely; the live status is recomputed in the browser every minute instead.
    staleTime: 5 * 60_000,
  });
