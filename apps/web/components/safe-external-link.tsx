// Source URLs come from users' watch lists: only http(s) ones become links, anything else stays text.
export function SafeExternalLink({ href }: { href: string }) {
  const isWeb = URL.canParse(href) && ["http:", "https:"].includes(new URL(href).protocol);
  if (!isWeb) return <span className="break-all">{href}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-sky-700 hover:underline">
      {href}
    </a>
  );
}
