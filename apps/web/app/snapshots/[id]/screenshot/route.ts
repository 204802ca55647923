// The screenshot a browser check took with a snapshot, for signed-in users; 404 when there is none.
import { getSnapshotScreenshot } from "@ratecard/db";
import { getDb } from "../../../../lib/db";
import { requireUser } from "../../../../lib/auth/require-user";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  await requireUser();
  const bytes = await getSnapshotScreenshot(getDb(), (await params).id);
  if (!bytes) return new Response("No screenshot for this snapshot.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(Buffer.from(bytes), {
    headers: {
      // The fetcher stores JPEG screenshots; nosniff keeps a browser from reading the bytes as anything else.
      "content-type": "image/jpeg",
      "x-content-type-options": "nosniff",
      "cache-control": "private, max-age=3600",
    },
  });
}
