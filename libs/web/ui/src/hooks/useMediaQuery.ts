import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, following changes (a phone turned, a window resized). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** A phone-sized screen, where the calendar shows an agenda instead of a grid (the breakpoint of responsive.css). */
export const NARROW_SCREEN = '(max-width: 40rem)';
