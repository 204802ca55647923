// A search parameter given once, twice or not at all, as the one value the page uses.
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
