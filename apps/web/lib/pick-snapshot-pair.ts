// Which two snapshots the source page compares: the ones named in ?from=&to= when they belong to the
// source, otherwise the latest against the one before it.
export interface SnapshotPair {
  fromId: string;
  toId: string;
  /** Set when the requested ids were not this source's snapshots and the default pair is shown instead. */
  notice: string | null;
}

export function pickSnapshotPair(
  newestFirstIds: string[],
  requested: { from?: string | undefined; to?: string | undefined },
): SnapshotPair | null {
  const [latest, previous] = newestFirstIds;
  if (latest === undefined || previous === undefined) return null;
  const known = new Set(newestFirstIds);
  const { from, to } = requested;
  if (from === undefined && to === undefined) return { fromId: previous, toId: latest, notice: null };
  if (from !== undefined && to !== undefined && known.has(from) && known.has(to)) {
    return { fromId: from, toId: to, notice: null };
  }
  // Only one side given: compare it with its neighbour, the way the snapshot list links do.
  if (from === undefined && to !== undefined && known.has(to)) {
    const older = newestFirstIds[newestFirstIds.indexOf(to) + 1];
    if (older !== undefined) return { fromId: older, toId: to, notice: null };
  }
  return {
    fromId: previous,
    toId: latest,
    notice: "The requested snapshots are not this source's; showing the latest change instead.",
  };
}
