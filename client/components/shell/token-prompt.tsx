import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { TOKEN_NEEDED_EVENT, bearer, saveAdminToken } from '../../lib/admin-token';

/**
 * Asks for a token when a read answers 401 (the server runs with OUTCRY_READ_AUTH=1), checks it with
 * /api/v1/auth/whoami, keeps it for this tab and refetches everything.
 */
export function TokenPrompt() {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const show = () => setOpen(true);
    window.addEventListener(TOKEN_NEEDED_EVENT, show);
    return () => window.removeEventListener(TOKEN_NEEDED_EVENT, show);
  }, []);
  if (!open) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const token = value.trim();
    if (!token) return;
    const res = await api.api.v1.auth.whoami.$get(undefined, bearer(token)).catch(() => null);
    if (!res?.ok) {
      setError(res ? 'This server does not know this token.' : 'Could not reach the Outcry server.');
      return;
    }
    saveAdminToken(token);
    setOpen(false);
    setValue('');
    setError(null);
    void queryClient.invalidateQueries();
  };

  return (
    <div className="token-prompt" role="dialog" aria-modal="true" aria-labelledby="token-prompt-title">
      <form className="token-prompt-box" onSubmit={submit}>
        <h2 id="token-prompt-title">This dashboard needs a token</h2>
        <p>
          Reads on this server need an access token. Ask its administrator for one (
          <code>outcry token create --role viewer</code>).
        </p>
        <label>
          Token{' '}
          <input
            type="password"
            autoComplete="off"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            // biome-ignore lint/a11y/noAutofocus: the dialog exists only to take this one value
            autoFocus
          />
        </label>
        {error ? <p role="alert">{error}</p> : null}
        <button type="submit">Use token</button>
      </form>
    </div>
  );
}
