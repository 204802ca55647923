const CODE = /^[A-Za-z0-9-]{2,64}$/;

/** The invite code of a discord_invite source: https://discord.gg/CODE, https://discord.com/invite/CODE or the bare code. */
export function parseDiscordInvite(input: string): string | null {
  const text = input.trim();
  if (CODE.test(text)) return text;
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  const parts = url.pathname.split("/").filter(Boolean);
  let code: string | undefined;
  if (host === "discord.gg") code = parts[0];
  else if ((host === "discord.com" || host === "discordapp.com") && parts[0] === "invite") code = parts[1];
  return code && CODE.test(code) ? code : null;
}
