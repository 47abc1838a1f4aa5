import { useCallback, useState } from 'react';
import { clearAdminToken, readAdminToken, saveAdminToken } from '../lib/admin-token';

/** The admin token of this tab, with why it was last dropped (the server refused it) if it was. */
export function useAdminToken() {
  const [token, setToken] = useState<string | null>(readAdminToken);
  const [refused, setRefused] = useState<string | null>(null);
  const save = useCallback((value: string) => {
    saveAdminToken(value);
    setToken(value);
    setRefused(null);
  }, []);
  const forget = useCallback((reason: string | null = null) => {
    clearAdminToken();
    setToken(null);
    setRefused(reason);
  }, []);
  return { token, refused, save, forget };
}
