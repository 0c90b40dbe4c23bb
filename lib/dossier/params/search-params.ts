// What Next.js hands a page as searchParams.
export type SearchParams = Record<string, string | string[] | undefined>;

// A repeated parameter (?a=1&a=2) counts by its first value.
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
