import { ThemesDocument } from '../generated';
import { TAKE, useReferenceList, type ReferenceOptions } from './useReferenceList';

export function useThemes({ includeInactive = false }: ReferenceOptions = {}) {
  const { list, ...status } = useReferenceList(ThemesDocument, { includeInactive, take: TAKE }, (data) => data.themes);
  return { themes: list, ...status };
}
