// Headers on every dashboard response (next.config.ts applies them to every path, static files and API
// routes included); the Content-Security-Policy comes from proxy.ts, since it carries a per-request nonce.
// No Strict-Transport-Security: the dashboard serves plain HTTP on 127.0.0.1; a TLS proxy in front sets it.
export const SECURITY_HEADERS: { key: string; value: string }[] = [
  // Older browsers' frame-ancestors 'none'.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Dashboard addresses (filters, source ids) are not sent to the provider pages it links to.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];
