import { z } from 'zod';
import { RoleSchema } from './auth';

/** An API token as listed: never its value (only its hash is stored). */
export const TokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: RoleSchema,
  createdAt: z.string(),
});
export type Token = z.infer<typeof TokenSchema>;

/** The answer to creating a token: the only time its value is shown. */
export const CreatedTokenSchema = TokenSchema.extend({ token: z.string() });
export type CreatedToken = z.infer<typeof CreatedTokenSchema>;

export const TokenInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  role: RoleSchema,
});
export type TokenInput = z.infer<typeof TokenInputSchema>;

export const TokenListSchema = z.object({ items: z.array(TokenSchema) });

/** A stream ticket: EventSource cannot send an Authorization header, so it sends this in the URL. */
export const StreamTicketSchema = z.object({ ticket: z.string(), expiresAt: z.string() });
