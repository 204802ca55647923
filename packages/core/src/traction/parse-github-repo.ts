// GitHub owner and repository names: letters, digits, '-', '_' and '.' (owners: no '.', no '_').
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * The repository of a github_repo source: https://github.com/OWNER/NAME (with or without
 * www., .git, a trailing slash or deeper paths such as /tree/main) or the bare "OWNER/NAME".
 */
export function parseGithubRepo(input: string): { owner: string; name: string } | null {
  const text = input.trim();
  let path: string;
  if (/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(text)) {
    path = text;
  } else {
    let url: URL;
    try {
      url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
    } catch {
      return null;
    }
    if (!/^(www\.)?github\.com$/i.test(url.hostname)) return null;
    path = url.pathname.replace(/^\/+/, "");
  }
  const [owner, rawName] = path.split("/");
  const name = rawName?.replace(/\.git$/, "");
  if (!owner || !name || !OWNER.test(owner) || !NAME.test(name) || name === "." || name === "..") return null;
  return { owner, name };
}
