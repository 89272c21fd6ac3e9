import { createContext, useContext, type ReactNode } from 'react';

/**
 * What other features add to the planning drawer and the post editor. Features never import each other: the app
 * fills this in (the publishing feature's posts for an event or slot, the insights' figures of a published post) and
 * the drawer or page renders whatever it is given.
 */
export interface DrawerExtensions {
  eventExtras?: (eventId: string) => ReactNode;
  slotExtras?: (slotId: string) => ReactNode;
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
