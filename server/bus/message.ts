import { z } from 'zod';
import { StreamEventSchema } from '../../shared/events';
import { CHANGE_KINDS } from './index';

/** What one instance sends the others: a batch of events and changes, or where to read a large one. */
export const BusMessageSchema = z.union([
  z.object({ from: z.string(), ref: z.string() }),
  z.object({
    from: z.string(),
    events: z.array(StreamEventSchema).optional(),
    changes: z.array(z.enum(CHANGE_KINDS)).optional(),
  }),
]);
export type BusMessage = z.infer<typeof BusMessageSchema>;

/** null for anything that is not a message of this version (another release sharing the database). */
export function parseBusMessage(payload: string): BusMessage | null {
  try {
    const parsed = BusMessageSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
