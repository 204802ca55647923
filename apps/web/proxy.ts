// Runs before every page and route: passes the requested path and query to the server components (so
// requireUser() can send a signed-out visitor to /login?next=<this page>), and sets the per-request
// Content-Security-Policy with a fresh nonce (lib/security/content-security-policy.ts). Access itself
// is checked in each page and route; the other security headers come from next.config.ts.
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "./lib/auth/request-path-header";
import { contentSecurityPolicy } from "./lib/security/content-security-policy";

export function proxy(request: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
