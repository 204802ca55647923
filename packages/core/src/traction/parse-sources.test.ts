import { describe, expect, it } from "vitest";
import { parseDiscordInvite } from "./parse-discord-invite";
import { parseGithubRepo } from "./parse-github-repo";

describe("parseGithubRepo", () => {
  it("reads owner and name from the forms people paste", () => {
    for (const url of ["https://github.com/ollama/ollama", "https://github.com/ollama/ollama/", "https://www.github.com/ollama/ollama.git", "github.com/ollama/ollama/tree/main", "ollama/ollama"]) {
      expect(parseGithubRepo(url)).toEqual({ owner: "ollama", name: "ollama" });
    }
  });
  it("refuses other hosts and paths that are not a repository", () => {
    for (const url of ["https://gitlab.com/a/b", "https://github.com/ollama", "https://github.com/a/..", "not a url"]) expect(parseGithubRepo(url)).toBeNull();
  });
});

describe("parseDiscordInvite", () => {
  it("reads the code from invite links and bare codes", () => {
    expect(parseDiscordInvite("https://discord.gg/qbRE8WR")).toBe("qbRE8WR");
    expect(parseDiscordInvite("https://discord.com/invite/forsen")).toBe("forsen");
    expect(parseDiscordInvite("discord.gg/forsen?x=1")).toBe("forsen");
    expect(parseDiscordInvite("qbRE8WR")).toBe("qbRE8WR");
  });
  it("refuses anything that could leave the invite path", () => {
    expect(parseDiscordInvite("https://discord.gg/a%2F..%2Fusers")).toBeNull();
    expect(parseDiscordInvite("https://example.com/invite/abc")).toBeNull();
  });
});
