import { z } from 'zod';

export const BrandIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and - only');

const KeywordSchema = z.string().trim().min(1).max(100);
const HandleSchema = z.string().trim().min(1).max(256);

export const BrandInputSchema = z.object({
  id: BrandIdSchema.optional(),
  name: z.string().trim().min(1).max(100),
  keywords: z.array(KeywordSchema).max(200).default([]),
  officialHandles: z.array(HandleSchema).max(50).default([]),
});
export type BrandInput = z.output<typeof BrandInputSchema>;

// Not BrandInputSchema.partial(): zod 4 applies `.default([])` inside optional fields, so a PATCH of the
// name alone would wipe the keywords and handles.
export const BrandPatchSchema = z
  .object({
    name: BrandInputSchema.shape.name,
    keywords: z.array(KeywordSchema).max(200),
    officialHandles: z.array(HandleSchema).max(50),
  })
  .partial();
export type BrandPatch = z.output<typeof BrandPatchSchema>;

export const BrandSchema = z.object({
  id: BrandIdSchema,
  name: z.string(),
  keywords: z.array(z.string()),
  officialHandles: z.array(z.string()),
  createdAt: z.string(),
});
export type Brand = z.infer<typeof BrandSchema>;

export const slugify = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64) || 'brand';
