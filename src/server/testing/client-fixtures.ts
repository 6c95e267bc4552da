import { clientDetailSchema, type CreateClientRequest } from '../../contracts/clients';
import type { Session } from './test-app';

/** A household in Veurne as the clients API takes it; each test overrides what it is about (category, name, contacts …). */
export const clientRequest = (overrides: Partial<CreateClientRequest> = {}): CreateClientRequest => ({
  category: 'private_person',
  localAuthorityKind: null,
  name: 'Marleen Vandamme',
  enterpriseNumber: null,
  address: { street: 'Noordstraat 4', postcode: '8630', city: 'Veurne' },
  email: null,
  phone: null,
  preferredChannel: 'email',
  preferredLanguage: 'nl',
  contacts: [],
  ...overrides,
});

/** Registers a client through the API as a coordinator would, and answers its detail. */
export const registerClientThroughApi = async (coordinator: Session, overrides: Partial<CreateClientRequest> = {}) =>
  clientDetailSchema.parse((await coordinator.request({ method: 'POST', url: '/api/clients', payload: clientRequest(overrides) })).json());

/** R17 through the API: the agreement drawn up and signed on paper, and 2026's fee paid, so the client's work may be planned. */
export const putClientInGoodStanding = async (coordinator: Session, clientId: string, dates = { signedOn: '2026-11-23', paidOn: '2026-11-24' }) => {
  const drafted = clientDetailSchema.parse((await coordinator.request({ method: 'POST', url: `/api/clients/${clientId}/agreements` })).json());
  await coordinator.request({
    method: 'POST',
    url: `/api/clients/${clientId}/agreements/${drafted.agreements[0]?.id ?? ''}/sign`,
    payload: { signedOn: dates.signedOn, signedHow: 'paper' },
  });
  await coordinator.request({ method: 'POST', url: `/api/clients/${clientId}/fee-payments`, payload: { year: 2026, paidOn: dates.paidOn } });
};
