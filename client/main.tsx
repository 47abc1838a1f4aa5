import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiRequestError } from './api/http';
import { router } from './app';
import { askForToken } from './lib/admin-token';
import { applyTheme, storedTheme } from './lib/theme';
import './styles/tokens.css';
import './styles/theme-dark.css';
import './styles/base.css';
import './styles/components.css';
import './styles/controls.css';
import './styles/data.css';
import './styles/pages.css';
import './styles/incidents.css';
import './styles/comm-meter.css';
import './styles/incidents-list.css';
import './styles/report.css';
import './styles/report-themes.css';
import './styles/compare.css';
import './styles/sources.css';
import './styles/print.css';
import './styles/report-print.css';

/** Data older than this is refetched on focus or mount; live queries are refreshed by the stream anyway. */
const DEFAULT_STALE_MS = 10_000;
const MAX_RETRIES = 2;

const queryClient = new QueryClient({
  // A read answered 401: the server wants a token for reads (OUTCRY_READ_AUTH=1); the prompt asks for it.
  queryCache: new QueryCache({
    onError: (error) => {
      if (error instanceof ApiRequestError && error.status === 401) askForToken();
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: DEFAULT_STALE_MS,
      // A 4xx will not fix itself; retrying only delays the error message.
      retry: (count, error) =>
        !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500) &&
        count < MAX_RETRIES,
    },
  },
});

// Before the first render, so a dark system never flashes a light page.
applyTheme(storedTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
