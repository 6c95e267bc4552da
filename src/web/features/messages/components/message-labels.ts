import type { TFunction } from 'i18next';
import { messageChannels, messageStatuses, type MessageStatus } from '../../../../contracts/messages';

/** Failed and never-sent messages stand out; sent and printed ones look done. */
export const statusTagClass = (status: MessageStatus): string => {
  if (status === 'sent' || status === 'printed') return 'status-tag status-tag--active';
  if (status === 'queued') return 'status-tag';
  return 'status-tag status-tag--declined';
};

export const statusOptions = (t: TFunction) => messageStatuses.map((status) => ({ value: status, label: t(`messages.status.${status}`) }));

export const channelOptions = (t: TFunction) => messageChannels.map((channel) => ({ value: channel, label: t(`messages.channel.${channel}`) }));
