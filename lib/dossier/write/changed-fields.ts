type Comparable = string | number | boolean | Date | null | undefined;

function same(a: Comparable, b: Comparable): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();

  return (a ?? null) === (b ?? null);
}

// The names of the fields whose value differs, in the order of `next`.
export function changedFields<T extends Record<string, Comparable>>(
  current: T,
  next: Partial<T>,
): string[] {
  return Object.keys(next).filter((field) => !same(current[field], next[field]));
}
