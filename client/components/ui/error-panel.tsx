import { ApiRequestError, errorMessage } from '../../api/http';

type ErrorPanelProps = { title?: string; error: unknown; onRetry?: () => void };

export function ErrorPanel({ title = 'Could not load this', error, onRetry }: ErrorPanelProps) {
  const requestId = error instanceof ApiRequestError ? error.requestId : null;
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title}</p>
      <p className="state__text">{errorMessage(error)}</p>
      {requestId ? <p className="state__meta">Request id: {requestId}</p> : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
