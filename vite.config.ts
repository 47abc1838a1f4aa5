import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA lives in client/; the server serves dist/client in production and Vite proxies /api in dev.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': { target: `http://127.0.0.1:${process.env.PORT ?? '8787'}`, changeOrigin: false } },
  },
});
