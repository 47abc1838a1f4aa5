import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state';

export function NotFoundPage() {
  return (
    <>
      <title>Not found · Outcry</title>
      <EmptyState title="This page does not exist" action={<Link to="/">Back to Live</Link>}>
        The address may be mistyped, or the page has moved.
      </EmptyState>
    </>
  );
}
