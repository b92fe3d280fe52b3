import { z } from 'zod';

/** Query-string parameters of the read API, parsed at the boundary. */
export const overviewParamsSchema = z.object({
  limit: z.coerce.number().int().min(1, 'At least 1').max(500, 'At most 500').default(200),
});

export const actorSearchParamsSchema = z.object({
  q: z.string().max(200, 'At most 200 characters'),
  limit: z.coerce.number().int().min(1, 'At least 1').max(50, 'At most 50').default(10),
});

/** The query string as a plain object; a parameter given twice is ambiguous and keeps its first value. */
export function searchParamsObject(params: URLSearchParams): Record<string, string> {
  const object: Record<string, string> = {};
  for (const [key, value] of params) {
    object[key] ??= value;
  }
  return object;
}
