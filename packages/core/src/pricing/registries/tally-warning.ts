// Registries repeat the same problem across hundreds of entries: count it once per kind.

/** Adds one occurrence of `message` to the tally that buildRegistryCard turns into warnings. */
export function tallyWarning(tally: Map<string, number>, message: string): void {
  tally.set(message, (tally.get(message) ?? 0) + 1);
}
