// One value of a search parameter (Next gives an array when it repeats).
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
