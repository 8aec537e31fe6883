import { handleCronRequest } from "@dishpatch/api";

// Scheduled jobs run on the edge like the API, next to the database.
export const runtime = "edge";
export const preferredRegion = "iad1";

/** Vercel Cron calls GET /api/cron/<job> with `Authorization: Bearer $CRON_SECRET`. */
export async function GET(req: Request, context: { params: Promise<{ job: string }> }) {
  const { job } = await context.params;
  return handleCronRequest(req, { job });
}
