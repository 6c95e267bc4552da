import type { SmsConfig } from '../../../platform/config';
import { DeliveryError, type SmsTransport } from './transport';

/**
 * The one SMS adapter: POST JSON `{ to, text }` with a bearer token to the provider's URL (decision 037). The
 * outbox's message token goes along as Idempotency-Key, so a provider that honours it sends a retried SMS once.
 * 4xx (but 408 and 429) is permanent; 5xx, 408, 429 and no answer are tried again.
 */
export const createSmsHttpTransport = (config: SmsConfig): SmsTransport => ({
  send: async (sms) => {
    const response = await fetch(config.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${config.token}`, 'idempotency-key': sms.idempotencyKey },
      body: JSON.stringify({ to: sms.to, text: sms.text }),
      signal: AbortSignal.timeout(10_000),
    }).catch(() => {
      throw new DeliveryError('SMS not accepted: no connection to the provider', false);
    });
    await response.body?.cancel();
    if (response.ok) return;
    const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
    throw new DeliveryError(`SMS not accepted: HTTP ${response.status}`, !retryable);
  },
});
