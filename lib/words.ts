/** `1 tie`, `2 meetings`; `format` writes the count (`toLocaleString` for "1,111 actors" in prose). */
export function plural(count: number, one: string, many = `${one}s`, format: (count: number) => string = String): string {
  return `${format(count)} ${count === 1 ? one : many}`;
}
