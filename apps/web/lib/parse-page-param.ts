import { firstParam } from "./first-param";
import { parseNumberParam } from "./parse-number-param";

/** Beyond any real list: a larger page number (e.g. 1e300) would overflow the database's offset. */
const MAX_PAGE = 100_000;

/** A `?page=` value as a page number from 1 to 100,000; anything else is page 1. */
export function parsePageParam(value: string | string[] | undefined): number {
  const page = Math.floor(parseNumberParam(firstParam(value), 1));
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}
