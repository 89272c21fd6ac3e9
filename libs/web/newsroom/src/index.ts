export { NEWSROOM_ROUTES, signalHref } from './routes';
export { InboxPage } from './pages/InboxPage';
export { WebcarePage } from './pages/WebcarePage';
export { TopicsPage } from './pages/TopicsPage';
export { CrisisPage } from './pages/CrisisPage';
export { LogPage } from './pages/LogPage';
export { NewSignalPage } from './pages/NewSignalPage';
export { SettingsPage } from './pages/SettingsPage';
