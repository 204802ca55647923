// "Download CSV / JSON" for an API list endpoint, keeping the page's current filters.
export function DownloadLinks({ endpoint, filters, label }: { endpoint: string; filters: Record<string, string>; label: string }) {
  const href = (format: "csv" | "json") => {
    const params = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ""));
    params.set("download", format);
    return `${endpoint}?${params.toString()}`;
  };
  return (
    <p className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600" aria-label={`Download ${label}`}>
      <span>Download {label}:</span>
      <a href={href("csv")} download className="text-sky-700 hover:underline">
        CSV
      </a>
      <a href={href("json")} download className="text-sky-700 hover:underline">
        JSON
      </a>
    </p>
  );
}
