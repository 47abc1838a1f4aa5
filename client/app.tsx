import { Outlet, createBrowserRouter, isRouteErrorResponse, useRouteError } from 'react-router';
import { useOverviewQuery } from './api/overview';
import { LiveStatusContext, useLiveStatus, useLiveStream } from './api/live';
import { AppHeader } from './components/shell/app-header';
import { TokenPrompt } from './components/shell/token-prompt';
import { useNotifyOptIn } from './components/shell/header-toggles';
import { useIncidentSignals } from './hooks/use-incident-signals';
import { EmptyState } from './components/ui/empty-state';
import { NotFoundPage } from './pages/not-found/not-found-page';

function ShellHeader() {
  const overview = useOverviewQuery();
  const [notify, toggleNotify] = useNotifyOptIn();
  useIncidentSignals(overview.data, notify);
  return (
    <AppHeader
      status={useLiveStatus()}
      demo={overview.data?.demo ?? false}
      notify={notify}
      onNotifyToggle={toggleNotify}
    />
  );
}

function Shell() {
  const status = useLiveStream();
  return (
    <LiveStatusContext value={status}>
      <div className="app">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <ShellHeader />
        <main id="main" className="app-main">
          <Outlet />
        </main>
        <TokenPrompt />
      </div>
    </LiveStatusContext>
  );
}

function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : 'The page hit an unexpected error.';
  return (
    <main className="app-main">
      <EmptyState title="Something went wrong" action={<a href="/">Back to Live</a>}>
        {message} Reloading the page usually helps.
      </EmptyState>
    </main>
  );
}

export const router = createBrowserRouter([
  {
    path: '/',
    Component: Shell,
    ErrorBoundary: RouteError,
    children: [
      // Each page is its own chunk (Recharts rides with the pages that draw charts), so the first load
      // stays under the bundle budget checked by test/unit/bundle-budget.test.ts.
      { index: true, lazy: async () => ({ Component: (await import('./pages/live/live-page')).LivePage }) },
      {
        path: 'incidents',
        lazy: async () => ({ Component: (await import('./pages/incidents/incidents-page')).IncidentsPage }),
      },
      {
        path: 'incidents/:id',
        lazy: async () => ({ Component: (await import('./pages/incident/incident-page')).IncidentPage }),
      },
      {
        path: 'compare',
        lazy: async () => ({ Component: (await import('./pages/compare/compare-page')).ComparePage }),
      },
      {
        path: 'explore',
        lazy: async () => ({ Component: (await import('./pages/explore/explore-page')).ExplorePage }),
      },
      {
        path: 'sources',
        lazy: async () => ({ Component: (await import('./pages/sources/sources-page')).SourcesPage }),
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
