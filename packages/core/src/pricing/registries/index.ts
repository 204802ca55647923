export { importLitellmPrices } from "./import-litellm-prices";
export { importOpenrouterModels } from "./import-openrouter-models";
export { importModelsDevApi, importModelsDevToml } from "./import-models-dev";
export { shiftDecimal } from "../shift-decimal";
export { validateRegistry, type ValidateRegistryResult } from "./validate-registry";
