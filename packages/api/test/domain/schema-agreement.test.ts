import { fulfillment, orderStatus, promoKind } from "@dishpatch/db/schema";
import { describe, expect, it } from "vitest";

import { orderStatuses } from "../../src/domain";

/** The pure domain and the database name the same states; this keeps them from drifting. */
describe("domain and schema agree", () => {
  it("on order statuses, fulfillment kinds and promo kinds", () => {
    expect([...orderStatuses].sort()).toEqual([...orderStatus.enumValues].sort());
    expect([...fulfillment.enumValues].sort()).toEqual(["delivery", "pickup"]);
    expect([...promoKind.enumValues].sort()).toEqual(["fixed", "percent"]);
  });
});
