import {
  MAX_OPENING_INTERVALS,
  recordId,
  restaurantCreateInput,
  restaurantUpdateInput,
} from "@dishpatch/validators";
import { z } from "zod";

import { currencyCodes } from "../domain/currencies";
import { openingIntervalSchema, weeklyHoursSchema } from "../domain/opening-hours";
import { timeZoneSchema } from "../domain/time-zone";

/** The domain's currency list, with a message a person can act on instead of all the codes. */
const currency = z.enum(currencyCodes, "Use a supported ISO 4217 currency code, like USD");

/**
 * A zone name as the domain accepts it, stored in its canonical spelling ("america/new_york" →
 * "America/New_York"). Offsets like "+05:30", which newer runtimes accept, are refused: Postgres
 * reads a bare offset with the opposite (POSIX) sign, and reports bucket days with it.
 */
const timeZone = timeZoneSchema
  .refine((zone) => /^[A-Za-z]/.test(zone), "Use an IANA time zone like America/New_York")
  .transform(
    (zone) => new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone,
  );

/**
 * The validators' profile schemas narrowed by the domain: only currencies we can price in and
 * IANA zones this runtime knows. One definition of each rule, in the domain.
 */
export const createRestaurantInput = restaurantCreateInput.extend({
  currency,
  timeZone,
});

export const updateRestaurantInput = restaurantUpdateInput.safeExtend({
  currency: currency.optional(),
  timeZone: timeZone.optional(),
});

/**
 * The whole week: each interval strict, then the domain's schedule rules (no overlaps, also
 * across midnight and from Saturday into Sunday).
 */
export const setHoursInput = z
  .object({
    restaurantId: recordId,
    hours: z
      .array(openingIntervalSchema.strict())
      .max(MAX_OPENING_INTERVALS, `At most ${MAX_OPENING_INTERVALS} intervals a week`)
      .pipe(weeklyHoursSchema),
  })
  .strict();
