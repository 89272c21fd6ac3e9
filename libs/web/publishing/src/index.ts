import './publishing.css';

export { ApprovalsPage } from './pages/ApprovalsPage';
export { PostEditorPage } from './pages/PostEditorPage';
export { MyWorkPage } from './pages/MyWorkPage';
export { HeldPostsPage } from './pages/HeldPostsPage';
export { PostsPanel, type PostsPanelProps } from './components/PostsPanel';
export { CrisisBanner } from './components/CrisisBanner';
export { CrisisSwitch } from './components/CrisisSwitch';
export { NotificationBell } from './components/NotificationBell';
export { ApprovalQueueCount } from './components/ApprovalQueueCount';
export { PUBLISHING_ROUTES } from './routes';
