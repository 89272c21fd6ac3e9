// outbound webhooks
export { WebhooksPage } from './pages/WebhooksPage';
