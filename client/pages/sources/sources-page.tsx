import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';

export function SourcesPage() {
  return (
    <>
      <title>Sources · Outcry</title>
      <PageHeader title="Sources" description="Where posts come from, and whether each feed is healthy." />
      <EmptyState
        title="Source status is coming soon"
        action={<Link to="/explore">Explore posts by source</Link>}
      >
        This page will show each connected feed, when it last delivered posts and any errors. Posts from every
        source are already searchable in Explore.
      </EmptyState>
    </>
  );
}
