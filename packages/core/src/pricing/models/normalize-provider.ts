// One spelling per seller across registries and pages, so a registry's prices can be
// matched to the provider page they should agree with.

/**
 * Aliases that name the same seller. Deliberately narrow: a reseller or cloud channel
 * (azure, bedrock, vertex_ai, openrouter, together) keeps its own name, because its
 * prices are its own and must not be compared with the model maker's page as if equal.
 */
const ALIASES: Record<string, string> = {
  "text-completion-openai": "openai",
  "openai": "openai",
  "anthropic": "anthropic",
  "gemini": "google",
  "google": "google",
  "google-ai-studio": "google",
  "palm": "google",
  "codestral": "mistral",
  "text-completion-codestral": "mistral",
  "mistralai": "mistral",
  "x-ai": "xai",
  "moonshot": "moonshotai",
  "kimi": "moonshotai",
  "cohere-chat": "cohere",
  "together-ai": "together",
  "fireworks-ai": "fireworks",
  "fireworks-ai-embedding-models": "fireworks",
  "meta-llama": "meta",
};

/**
 * Canonical provider name: lower case, "_" and spaces as "-", known aliases folded
 * ("gemini" → "google", "text-completion-openai" → "openai", "x-ai" → "xai"), and LiteLLM's
 * Vertex sub-groups ("vertex_ai-language-models", "vertex_ai-anthropic_models") → "vertex-ai".
 */
export function normalizeProvider(name: string): string {
  const slug = name.trim().toLowerCase().replace(/[\s_]+/g, "-");
  if (slug.startsWith("vertex-ai")) return "vertex-ai";
  return ALIASES[slug] ?? slug;
}
