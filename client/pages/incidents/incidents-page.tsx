import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';

export function IncidentsPage() {
  return (
    <>
      <title>Incidents · Outcry</title>
      <PageHeader
        title="Incidents"
        description="Detected outages, their timeline and how the company communicated."
      />
      <EmptyState title="Incident history is coming soon" action={<Link to="/">Watch the Live view</Link>}>
        Outcry will list every detected incident here, with when complaints started, when the brand first
        responded, and how the conversation developed. Until then, the Live view shows each brand's current
        state.
      </EmptyState>
    </>
  );
}
