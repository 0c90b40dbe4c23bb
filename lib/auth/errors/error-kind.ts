// What may be logged of a caught error: its kind only. Messages can hold
// addresses or connection details.
export function errorKind(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
