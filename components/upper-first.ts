// "dinsdag 3 maart" at the start of a line reads better as "Dinsdag".
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("nl") + text.slice(1);
}
