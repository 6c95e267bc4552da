import type { MessageChannel } from '../../../contracts/messages';
import type { contactChannels } from '../../../contracts/participants';

type ContactChannel = (typeof contactChannels)[number];

/** When the preferred channel cannot be used: e-mail first (cheapest, carries links), then SMS, then paper (decision 036). */
const fallbackOrder: readonly MessageChannel[] = ['email', 'sms', 'letter'];

/** A phone-call preference is not a message channel; the nearest one is an SMS to that number. */
const asMessageChannel = (preferred: ContactChannel | MessageChannel): MessageChannel => (preferred === 'phone' ? 'sms' : preferred);

export type Reachability = Readonly<Record<MessageChannel, boolean>>;

/**
 * The channel a message takes: the person's preference when the template may use it and the person has that
 * address, else the first of the fallback order that works; null when none does.
 */
export const chooseChannel = (preferred: ContactChannel | MessageChannel, reachable: Reachability, allowed: readonly MessageChannel[]): MessageChannel | null =>
  [asMessageChannel(preferred), ...fallbackOrder].find((channel) => allowed.includes(channel) && reachable[channel]) ?? null;
