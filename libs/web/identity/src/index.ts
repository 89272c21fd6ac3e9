export type { LoginLocationState } from './pages/LoginPage';
export { AccountPage } from './pages/AccountPage';
export { PeoplePage } from './pages/PeoplePage';
export { DepartmentsPage } from './pages/DepartmentsPage';
export { ThemesPage } from './pages/ThemesPage';
export { AudiencesPage } from './pages/AudiencesPage';
export { ChannelsPage } from './pages/ChannelsPage';
export { useLogout } from './hooks/useLogout';
export { useSetMyLocale } from './hooks/useSetMyLocale';
