import react from '@vitejs/plugin-react';
import { type Plugin, defineConfig } from 'vite';
import { INITIAL_JS_BUDGET_BYTES, formatKb, initialJs } from './scripts/bundle-size';

const OUT_DIR = 'dist/client';

/** Print the first-load JavaScript against its budget after every build (a test enforces it). */
function initialJsReport(): Plugin {
  return {
    name: 'outcry-initial-js',
    apply: 'build',
    closeBundle() {
      const { files, gzipBytes } = initialJs(OUT_DIR);
      const verdict = gzipBytes <= INITIAL_JS_BUDGET_BYTES ? 'within' : 'OVER';
      console.log(
        `initial JS: ${formatKb(gzipBytes)} gzip in ${files.length} file(s), ${verdict} the ${formatKb(INITIAL_JS_BUDGET_BYTES)} budget`,
      );
    },
  };
}

// The SPA lives in client/; the server serves dist/client in production and Vite proxies /api in dev.
// Pages are split by route (client/app.tsx), so no chunk is near the old 1.2 MB warning limit.
export default defineConfig({
  root: 'client',
  plugins: [react(), initialJsReport()],
  build: { outDir: `../${OUT_DIR}`, emptyOutDir: true },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': { target: `http://127.0.0.1:${process.env.PORT ?? '8787'}`, changeOrigin: false } },
  },
});
