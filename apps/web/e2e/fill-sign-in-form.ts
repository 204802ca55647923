// Signs in the way a person does: the /login form's email and password, then the button.
import type { Page } from "@playwright/test";

export async function fillSignInForm(page: Page, user: { email: string; password: string }): Promise<void> {
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Email").fill(user.email);
  await form.getByLabel("Password").fill(user.password);
  await form.getByRole("button", { name: "Sign in" }).click();
}
