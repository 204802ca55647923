import base from "@ratecard/eslint-config";

export default base;
