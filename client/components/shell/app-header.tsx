import { NavLink } from 'react-router';
import type { LiveStatus } from '../../api/live';
import { Badge } from '../ui/badge';
import { NotifyToggle, ThemeToggle } from './header-toggles';
import { LiveIndicator } from './live-indicator';

const NAV_ITEMS = [
  { to: '/', label: 'Live', end: true },
  { to: '/incidents', label: 'Incidents', end: false },
  { to: '/compare', label: 'Compare', end: false },
  { to: '/explore', label: 'Explore', end: false },
  { to: '/sources', label: 'Sources', end: false },
] as const;

type AppHeaderProps = { status: LiveStatus; demo: boolean; notify: boolean; onNotifyToggle: () => void };

export function AppHeader({ status, demo, notify, onNotifyToggle }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <NavLink to="/" className="logo" aria-label="Outcry home">
          <span className="logo__mark" aria-hidden="true" />
          Outcry
        </NavLink>
        <nav className="nav" aria-label="Main">
          {NAV_ITEMS.map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end} className="nav__link">
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className="app-header__status">
          {demo ? (
            <Badge tone="demo" title="The server is generating synthetic posts: these are not real people.">
              Demo data
            </Badge>
          ) : null}
          <NotifyToggle on={notify} onToggle={onNotifyToggle} />
          <ThemeToggle />
          <LiveIndicator status={status} />
        </div>
      </div>
    </header>
  );
}
