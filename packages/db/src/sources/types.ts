import type { FetchMode, SourceKind } from "../generated/prisma/client";

export interface SourceInput {
  kind: SourceKind;
  name: string;
  url: string;
  provider?: string | null;
  fetchMode?: FetchMode;
  selector?: string | null;
  ignorePatterns?: string[];
  schedule: string;
  enabled?: boolean;
}
