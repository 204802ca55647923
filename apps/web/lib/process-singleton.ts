// One instance per dashboard process of something that owns resources or state (database pool, job
// sender, caches, rate limits), created on first use (never at import time, so `next build` needs no
// database) and kept on globalThis so that dev-server hot reloads do not create another each time.
const holder = globalThis as typeof globalThis & { ratecardSingletons?: Map<string, unknown> };

export function processSingleton<T>(name: string, create: () => T): T {
  holder.ratecardSingletons ??= new Map();
  if (!holder.ratecardSingletons.has(name)) holder.ratecardSingletons.set(name, create());
  return holder.ratecardSingletons.get(name) as T;
}
