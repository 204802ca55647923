"use client";
// Re-renders the server page every 2 s while a requested check is still waiting or running; the server
// stops rendering this component once the check is done, which stops the polling.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function RefreshWhilePending({ intervalMs = 2000 }: { intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [router, intervalMs]);
  return null;
}
