import { ApiRequestError } from '../../api/http';
import { useDeleteSource, usePollSource, useUpdateSource } from '../../api/sources';

/** A refused token is dropped at once, so the page asks for it again instead of failing every click. */
export const isAuthError = (error: unknown): error is ApiRequestError =>
  error instanceof ApiRequestError && (error.status === 401 || error.status === 403);

export const authMessage = (error: ApiRequestError): string =>
  `The server answered ${error.status} ${error.code}: ${error.message}. Enter the admin token again.`;

/** The write actions of one source card, sharing the token and the refused-token handling. */
export function useSourceActions(token: string, onAuthError: (error: ApiRequestError) => void) {
  const onError = (error: unknown) => {
    if (isAuthError(error)) onAuthError(error);
  };
  const update = useUpdateSource(token);
  const remove = useDeleteSource(token);
  const poll = usePollSource(token);
  return {
    update: (id: string, patch: Parameters<typeof update.mutate>[0]['patch'], done?: () => void) =>
      update.mutate({ id, patch }, { onError, ...(done ? { onSuccess: done } : {}) }),
    remove: (id: string) => remove.mutate(id, { onError }),
    poll: (id: string) => poll.mutate(id, { onError }),
    updating: update.isPending,
    pending: update.isPending || remove.isPending || poll.isPending,
    polled: poll.isSuccess,
    /** The last failure that was not about the token, for the card to show. */
    error: [update.error, remove.error, poll.error].find((e) => e && !isAuthError(e)) ?? null,
    editError: update.error && !isAuthError(update.error) ? update.error : null,
  };
}
