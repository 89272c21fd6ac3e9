// calendar feeds and API tokens
export { ApiTokens } from './components/ApiTokens';
export { CalendarFeeds } from './components/CalendarFeeds';
