import { ChannelsDocument } from '../generated';
import { TAKE, useReferenceList, type ReferenceOptions } from './useReferenceList';

export function useChannels({ includeInactive = false }: ReferenceOptions = {}) {
  const { list, ...status } = useReferenceList(
    ChannelsDocument,
    { includeInactive, take: TAKE },
    (data) => data.channels,
  );
  return { channels: list, ...status };
}
