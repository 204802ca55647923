import { z } from "zod";

/** One source and the scheduler slot it runs for (null: run by hand, "check now"). */
export const sourceSlotPayload = z.object({ sourceId: z.string().uuid(), slotAt: z.string().datetime().nullable() });

export type SourceSlotPayload = z.infer<typeof sourceSlotPayload>;
