import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = `http://localhost:${process.env.API_PORT ?? 3000}`;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    // A feature's second entry point (its messages, the login page) comes before the feature itself, which would match
    // it as a prefix.
    alias: {
      '@planbord/web-identity/login': `${root}libs/web/identity/src/login.ts`,
      '@planbord/web-overview/i18n': `${root}libs/web/overview/src/i18n/index.ts`,
      '@planbord/web-planning/i18n': `${root}libs/web/planning/src/i18n/index.ts`,
      '@planbord/web-requests/i18n': `${root}libs/web/requests/src/i18n/index.ts`,
      '@planbord/web-rubrics/i18n': `${root}libs/web/rubrics/src/i18n/index.ts`,
      '@planbord/web-publishing/i18n': `${root}libs/web/publishing/src/i18n/index.ts`,
      '@planbord/web-newsroom/i18n': `${root}libs/web/newsroom/src/i18n/index.ts`,
      '@planbord/web-newsroom/routes': `${root}libs/web/newsroom/src/routes.ts`,
      '@planbord/web-integrations/i18n': `${root}libs/web/integrations/src/i18n/index.ts`,
      '@planbord/web-insights/i18n': `${root}libs/web/insights/src/i18n/index.ts`,
      '@planbord/web-insights/routes': `${root}libs/web/insights/src/routes.ts`,
      '@planbord/domain/recurrence': `${root}libs/domain/src/recurrence.ts`,
      '@planbord/domain': `${root}libs/domain/src/index.ts`,
      '@planbord/web-graphql': `${root}libs/web/graphql/src/index.ts`,
      '@planbord/web-ui': `${root}libs/web/ui/src/index.ts`,
      '@planbord/web-identity': `${root}libs/web/identity/src/index.ts`,
      '@planbord/web-planning': `${root}libs/web/planning/src/index.ts`,
      '@planbord/web-requests': `${root}libs/web/requests/src/index.ts`,
      '@planbord/web-rubrics': `${root}libs/web/rubrics/src/index.ts`,
      '@planbord/web-publishing': `${root}libs/web/publishing/src/index.ts`,
      '@planbord/web-overview': `${root}libs/web/overview/src/index.ts`,
      '@planbord/web-newsroom': `${root}libs/web/newsroom/src/index.ts`,
      '@planbord/web-integrations': `${root}libs/web/integrations/src/index.ts`,
      '@planbord/web-insights': `${root}libs/web/insights/src/index.ts`,
    },
  },
  build: {
    outDir: `${root}dist/web`,
    emptyOutDir: true,
    // Source maps would publish the whole client source; `npm run dev` has its own.
    sourcemap: false,
    // Which files each page loads: the bundle test reads it to weigh what the login page downloads.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than Planbord itself: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            // The GraphQL client is downloaded after login only, so it never shares a chunk with what the login needs.
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|@wry|optimism|zen-observable)[\\/]/,
            },
            { name: 'dates', test: /node_modules[\\/]date-fns[\\/]/ },
            { name: 'rrule', test: /node_modules[\\/]rrule[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiTarget, ws: true },
      '/health': apiTarget,
      '/theme.css': apiTarget,
      '/ical': apiTarget,
      '/import': apiTarget,
      '/export': apiTarget,
    },
  },
});
