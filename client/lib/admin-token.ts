/** The admin token lives in sessionStorage: asked for once per tab, gone when the tab closes. */
const KEY = 'outcry.adminToken';

export function readAdminToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveAdminToken(token: string): void {
  try {
    sessionStorage.setItem(KEY, token);
  } catch {
    // storage disabled: the token still works for this page view
  }
}

export function clearAdminToken(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
}

/** Request options carrying the token, for the typed client. */
export const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

/** The tab's token on every API call: reads need one when the server runs with OUTCRY_READ_AUTH=1. */
export const storedAuthHeaders = (): Record<string, string> => {
  const token = readAdminToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
};

/** Fired when a read answers 401: the token prompt opens. */
export const TOKEN_NEEDED_EVENT = 'outcry:token-needed';
export const askForToken = (): void => {
  window.dispatchEvent(new Event(TOKEN_NEEDED_EVENT));
};
