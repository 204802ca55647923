import { generatePassword } from "./generate-password";
import { MIN_PASSWORD_LENGTH } from "./user-form-state";

/** The password a form asks for: the one typed (long enough), or a generated one when the field is empty. */
export function readNewPassword(form: FormData): { ok: true; password: string; generated: boolean } | { ok: false; error: string } {
  const typed = String(form.get("password") ?? "");
  if (typed === "") return { ok: true, password: generatePassword(), generated: true };
  if (typed.length < MIN_PASSWORD_LENGTH) return { ok: false, error: `The password must be at least ${MIN_PASSWORD_LENGTH} characters (or leave it empty to generate one).` };
  return { ok: true, password: typed, generated: false };
}
