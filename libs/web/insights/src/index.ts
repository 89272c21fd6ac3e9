// metrics and their import
export { PostFiguresPanel } from './components/PostFiguresPanel';
export { MetricsImportPage } from './pages/MetricsImportPage';
export { FollowersPage } from './pages/FollowersPage';
