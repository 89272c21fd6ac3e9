import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = `http://localhost:${process.env.API_PORT ?? 3000}`;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: {
      '@planbord/domain': `${root}libs/domain/src/index.ts`,
      '@planbord/web-graphql': `${root}libs/web/graphql/src/index.ts`,
      '@planbord/web-ui': `${root}libs/web/ui/src/index.ts`,
      '@planbord/web-identity': `${root}libs/web/identity/src/index.ts`,
      '@planbord/web-planning': `${root}libs/web/planning/src/index.ts`,
      '@planbord/web-requests': `${root}libs/web/requests/src/index.ts`,
      '@planbord/web-rubrics': `${root}libs/web/rubrics/src/index.ts`,
      '@planbord/web-publishing': `${root}libs/web/publishing/src/index.ts`,
      '@planbord/web-overview': `${root}libs/web/overview/src/index.ts`,
    },
  },
  build: {
    outDir: `${root}dist/web`,
    emptyOutDir: true,
    // Source maps would publish the whole client source; `npm run dev` has its own.
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than Planbord itself: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|zen-observable|tslib)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
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
    },
  },
});
