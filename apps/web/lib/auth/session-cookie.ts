// The session cookie's name and lifetime, shared by sign-in, sign-out and the user lookup.
export const SESSION_COOKIE = "ratecard_session";
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
