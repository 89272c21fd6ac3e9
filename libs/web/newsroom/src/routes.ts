/** Where the newsroom's pages live; the app and the overview link here. */
export const NEWSROOM_ROUTES = {
  inbox: '/nieuwsroom',
  webcare: '/nieuwsroom/webcare',
  topics: '/nieuwsroom/onderwerpen',
  crisis: '/nieuwsroom/crisis',
  log: '/nieuwsroom/besluitenlijst',
  newSignal: '/nieuwsroom/nieuw',
  settings: '/nieuwsroom/instellingen',
  settingsSection: '/nieuwsroom/instellingen/:section',
} as const;

export const SETTINGS_SECTIONS = [
  'normen',
  'kantooruren',
  'piket',
  'sjablonen',
  'themaregels',
  'bronnen',
  'importeren',
  'gegevens',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

/** The inbox with one signal open in its drawer. */
export const signalHref = (id: string) => `${NEWSROOM_ROUTES.inbox}?signaal=${encodeURIComponent(id)}`;
