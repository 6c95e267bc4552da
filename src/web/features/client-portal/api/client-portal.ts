import { useQuery } from '@tanstack/react-query';
import { clientPortalSchema } from '../../../../contracts/clients';
import { api } from '../../../lib/api';

export const useClientPortal = () =>
  useQuery({ queryKey: ['client-portal'], queryFn: () => api.request({ method: 'GET', path: '/api/client-portal', schema: clientPortalSchema }) });

export const ownAgreementPdfPath = (clientId: string, agreementId: string): string =>
  `/api/client-portal/clients/${encodeURIComponent(clientId)}/agreements/${encodeURIComponent(agreementId)}/pdf`;
