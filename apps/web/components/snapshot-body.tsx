// Scraped content is shown as characters only: React escapes the string, and nothing here parses it as HTML.
export function SnapshotBody({ text, label }: { text: string; label: string }) {
  if (text === "") return <p className="text-sm text-slate-500">This {label} is empty.</p>;
  return (
    <pre
      aria-label={label}
      data-testid="snapshot-body"
      className="max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white p-4 font-mono text-xs leading-5 break-words whitespace-pre-wrap text-slate-800 shadow-sm"
    >
      {text}
    </pre>
  );
}
