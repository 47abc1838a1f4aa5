import { type Role, WhoamiSchema, roleAllows } from '../../shared/auth';

/** Why a token cannot be used for editing, or null when it can. */
export type TokenCheck = { ok: true; role: Role } | { ok: false; message: string };

/**
 * Asks the server what a token may do (`GET /api/v1/auth/whoami`) when it is entered, so a wrong or
 * read-only token is refused at once rather than at the first failed write.
 */
export async function checkToken(token: string, need: Role = 'admin'): Promise<TokenCheck> {
  let res: Response;
  try {
    res = await fetch('/api/v1/auth/whoami', { headers: { authorization: `Bearer ${token}` } });
  } catch {
    return { ok: false, message: 'Could not reach the server to check the token. Try again.' };
  }
  if (res.status === 401)
    return { ok: false, message: 'The server does not know this token. Check it and try again.' };
  const parsed = WhoamiSchema.safeParse(await res.json().catch(() => null));
  if (!res.ok || !parsed.success)
    return { ok: false, message: `The token check failed (HTTP ${res.status}).` };
  if (!roleAllows(parsed.data.role, need))
    return {
      ok: false,
      message: `This is a ${parsed.data.role} token; changing sources needs an ${need} token.`,
    };
  return { ok: true, role: parsed.data.role };
}
