// The request header through which the proxy tells server components which path was asked for.
export const REQUEST_PATH_HEADER = "x-ratecard-path";
