// Polls a condition until it holds, or fails naming the time it was given (tests on real processes).
export async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number, intervalMs = 250): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
