// The change feed is the home page; /changes stays as an address (bookmarks, older links) with its filters kept.
import { redirect } from "next/navigation";

export default async function ChangesRedirect({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, item);
  }
  const text = query.toString();
  redirect(text ? `/?${text}` : "/");
}
