export { NEWSROOM_ROUTES, signalHref } from './routes';
