import { z } from "zod";

import { id } from "./shared";

/** auth.me: the signed-in person, or null (signed out, or the session ended). */
export const meOutput = z
  .object({
    id,
    email: z.string(),
    name: z.string().nullable(),
    image: z.string().nullable(),
    role: z.enum(["customer", "admin"]),
    hasPassword: z.boolean(),
    memberships: z.array(
      z
        .object({
          restaurantId: id,
          slug: z.string(),
          name: z.string(),
          role: z.enum(["owner", "staff"]),
        })
        .strict(),
    ),
  })
  .strict()
  .nullable();
