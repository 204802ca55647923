// Promise form of crypto.scrypt with enough memory allowed for the chosen cost.
import { scrypt, type ScryptOptions } from "node:crypto";

export function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  // scrypt needs 128·N·r bytes: 32 MiB at N=2^15, r=8, which is exactly Node's default maxmem, so allow double.
  const maxmem = 256 * (options.N ?? 16_384) * (options.r ?? 8);
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyLength, { ...options, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
