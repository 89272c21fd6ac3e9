import { createContext, useContext, type ReactNode } from 'react';

/**
 * What other features add to the planning drawer and to other features' pages. Features never import each other:
 * the app fills this in (the publishing feature's posts for an event or slot, insights' evaluations beside a post or
 * a rubric) and the page renders whatever it is given.
 */
export interface DrawerExtensions {
  eventExtras?: (eventId: string) => ReactNode;
  slotExtras?: (slotId: string) => ReactNode;
  /** Beside a post in the post editor. */
  postExtras?: (postId: string) => ReactNode;
  /** On a rubric, in the rubric editor. */
  rubricExtras?: (rubricId: string) => ReactNode;
  /** The figures of a published post, in the post editor. */
  publishedPostExtras?: (postId: string) => ReactNode;
}

const NONE: DrawerExtensions = {};
const DrawerExtensionsContext = createContext<DrawerExtensions>(NONE);

/** Give `value` a stable identity (a module constant or memoised), or every drawer re-renders with the provider. */
export function DrawerExtensionsProvider({ value, children }: { value: DrawerExtensions; children: ReactNode }) {
  return <DrawerExtensionsContext.Provider value={value}>{children}</DrawerExtensionsContext.Provider>;
}

/** The extensions the app provides; none outside a provider. */
export function useDrawerExtensions(): DrawerExtensions {
  return useContext(DrawerExtensionsContext);
}

/** What other features show beside a post (its figures, its evaluations); nothing outside a provider. */
export function PostExtras({ postId }: { postId: string }) {
  return <>{useDrawerExtensions().postExtras?.(postId)}</>;
}

/** What other features show on a rubric (its evaluations); nothing outside a provider. */
export function RubricExtras({ rubricId }: { rubricId: string }) {
  return <>{useDrawerExtensions().rubricExtras?.(rubricId)}</>;
}
