// The fetch layer as other packages (bench/) use it.
export { createFetcher } from "./create-fetcher";
export { FetchError, type FetchErrorKind } from "./fetch-error";
export type { PageFetcher, PageRequest } from "./fetch-page";
export type { FetchedPage } from "./types";
