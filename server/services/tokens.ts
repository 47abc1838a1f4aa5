import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Role, RoleSchema } from '../../shared/auth';
import { toIso } from '../../shared/time';
import type { CreatedToken, Token, TokenInput } from '../../shared/token';
import type { Clock } from '../clock';
import type { Store } from '../store/types';

const TOKENS = 'api_tokens';
const TICKET_SECRET = 'stream_ticket_secret';
/** A stream ticket lives long enough to open (or re-open) an event stream, not to be worth stealing. */
export const TICKET_TTL_MS = 60_000;

type StoredToken = Token & { sha256: string };

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const sameHex = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));

/**
 * Role tokens, kept hashed in the store's settings (a handful of rows, read on use so a token revoked on
 * one instance is refused by every instance at once). Stream tickets are signed with a secret kept in the
 * store too, so any instance accepts a ticket another one issued.
 */
export function createTokenService(store: Store, clock: Clock) {
  async function load(): Promise<StoredToken[]> {
    const raw = await store.getSetting(TOKENS);
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? (parsed as StoredToken[]) : [];
    } catch {
      return [];
    }
  }
  const save = (tokens: StoredToken[]) => store.setSetting(TOKENS, JSON.stringify(tokens));
  const wire = ({ sha256: _hash, ...t }: StoredToken): Token => t;

  async function secret(): Promise<Buffer> {
    const stored = await store.getSetting(TICKET_SECRET);
    if (stored) return Buffer.from(stored, 'hex');
    const fresh = randomBytes(32);
    await store.setSetting(TICKET_SECRET, fresh.toString('hex'));
    return fresh;
  }
  const sign = async (payload: string) =>
    createHmac('sha256', await secret())
      .update(payload)
      .digest('base64url');

  return {
    async create(input: TokenInput): Promise<CreatedToken> {
      const token = `oc_${randomBytes(24).toString('base64url')}`;
      const stored: StoredToken = {
        id: `tok_${randomBytes(6).toString('hex')}`,
        name: input.name,
        role: input.role,
        createdAt: toIso(clock.now()),
        sha256: sha256(token),
      };
      await save([...(await load()), stored]);
      return { ...wire(stored), token };
    },
    async list(): Promise<Token[]> {
      return (await load()).map(wire);
    },
    /** false when there is no token with this id */
    async revoke(id: string): Promise<boolean> {
      const tokens = await load();
      const kept = tokens.filter((t) => t.id !== id);
      if (kept.length === tokens.length) return false;
      await save(kept);
      return true;
    },
    async roleOf(token: string): Promise<Role | null> {
      const hash = sha256(token);
      const found = (await load()).find((t) => sameHex(t.sha256, hash));
      return found ? found.role : null;
    },
    /** A signed, short-lived ticket carrying a role, for `GET /api/v1/stream?ticket=`. */
    async ticket(role: Role): Promise<{ ticket: string; expiresAt: string }> {
      const exp = clock.now() + TICKET_TTL_MS;
      const payload = `${role}.${exp}`;
      return { ticket: `${payload}.${await sign(payload)}`, expiresAt: toIso(exp) };
    },
    async ticketRole(ticket: string): Promise<Role | null> {
      const [role, exp, mac] = ticket.split('.');
      if (!role || !exp || !mac) return null;
      const expected = await sign(`${role}.${exp}`);
      if (mac.length !== expected.length || !timingSafeEqual(Buffer.from(mac), Buffer.from(expected)))
        return null;
      if (!(Number(exp) > clock.now())) return null;
      const parsed = RoleSchema.safeParse(role);
      return parsed.success ? parsed.data : null;
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
