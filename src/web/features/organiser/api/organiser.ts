import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { organiserSettingsSchema, type UpdateOrganiserSettingsRequest } from '../../../../contracts/organiser';
import { api } from '../../../lib/api';

export const organiserQueryOptions = queryOptions({
  queryKey: ['organiser'],
  queryFn: () => api.request({ method: 'GET', path: '/api/organiser', schema: organiserSettingsSchema }),
});

export const useOrganiserSettings = () => useQuery(organiserQueryOptions);

export const useUpdateOrganiserSettings = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganiserSettingsRequest) => api.request({ method: 'PATCH', path: '/api/organiser', body, schema: organiserSettingsSchema }),
    onSuccess: (settings) => {
      queryClient.setQueryData(organiserQueryOptions.queryKey, settings);
      // The organiser's name is shown in every page header, which reads it from the session.
      void queryClient.invalidateQueries({ queryKey: ['session'] });
    },
  });
};

/** After a version conflict: the settings as they are now. */
export const useReloadOrganiserSettings = () => {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery({ ...organiserQueryOptions, staleTime: 0 });
};
