import { Outlet, createBrowserRouter, isRouteErrorResponse, useRouteError } from 'react-router';
import { useOverviewQuery } from './api/overview';
import { LiveStatusContext, useLiveStatus, useLiveStream } from './api/live';
import { AppHeader } from './components/shell/app-header';
import { EmptyState } from './components/ui/empty-state';
import { ComparePage } from './pages/compare/compare-page';
import { ExplorePage } from './pages/explore/explore-page';
import { IncidentPage } from './pages/incident/incident-page';
import { IncidentsPage } from './pages/incidents/incidents-page';
import { LivePage } from './pages/live/live-page';
import { NotFoundPage } from './pages/not-found/not-found-page';
import { SourcesPage } from './pages/sources/sources-page';

function ShellHeader() {
  const overview = useOverviewQuery();
  return <AppHeader status={useLiveStatus()} demo={overview.data?.demo ?? false} />;
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
      { index: true, Component: LivePage },
      { path: 'incidents', Component: IncidentsPage },
      { path: 'incidents/:id', Component: IncidentPage },
      { path: 'compare', Component: ComparePage },
      { path: 'explore', Component: ExplorePage },
      { path: 'sources', Component: SourcesPage },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
