// Prisma's contains/startsWith filters become LIKE patterns without
// escaping, so a typed % or _ would match anything. This makes them match
// themselves (PostgreSQL's default LIKE escape character is the backslash).
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
