// While the page's queries run; this segment's pages never answer 404 or 403, so streaming cannot hide a status.
export { PageLoading as default } from "../../components/page-loading";
