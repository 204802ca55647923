// The dashboard's Content-Security-Policy, set per response by proxy.ts with a fresh nonce. Next reads
// the nonce back from the request's copy of the header and puts it on its own hydration scripts, so no
// inline script runs without it; 'strict-dynamic' lets those scripts load the page's chunks. Every page
// renders per request (the layout reads the session), so there is no prerendered HTML without a nonce.
// Styles: the stylesheet is Tailwind's file ('self'); React writes `style` attributes (Recharts' SVG,
// Next's route announcer), which style-src-attr allows, while <style> elements need the nonce.
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Next's dev server evaluates modules with eval and talks to its HMR socket; production does neither.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", `'nonce-${nonce}'`],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(options.dev ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}
