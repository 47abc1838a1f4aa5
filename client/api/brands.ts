import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { BrandSchema } from '../../shared/brand';
import { getJson } from './http';

const BrandListSchema = z.object({ items: z.array(BrandSchema) });

/** Brands change rarely (admin edits), so they are cached for a while rather than polled. */
export const BRANDS_STALE_MS = 5 * 60_000;

export const brandKeys = {
  list: () => ['brands', 'list', {}] as const,
};

export const brandsQueryOptions = () =>
  queryOptions({
    queryKey: brandKeys.list(),
    queryFn: ({ signal }) => getJson('/api/v1/brands', {}, BrandListSchema, signal),
    staleTime: BRANDS_STALE_MS,
  });

export const useBrandsQuery = () => useQuery(brandsQueryOptions());
