import { z } from 'zod';

/** What a token may do: viewer reads, analyst reads and exports, admin also writes. Ordered by power. */
export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** `GET /api/v1/auth/whoami`: the role of the bearer token, so a client can check a token when entered. */
export const WhoamiSchema = z.object({ role: RoleSchema });
export type Whoami = z.infer<typeof WhoamiSchema>;

/** True when `have` includes everything `need` may do. */
export const roleAllows = (have: Role, need: Role): boolean => ROLES.indexOf(have) >= ROLES.indexOf(need);
