/** A delivery that did not go through; `permanent` ones are not retried (a refused recipient, a 404 hook). */
export class DeliveryError extends Error {
  readonly permanent: boolean;

  constructor(message: string, options: { permanent: boolean; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "DeliveryError";
    this.permanent = options.permanent;
  }
}
