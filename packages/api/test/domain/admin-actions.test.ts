import { orderStatus, platformRole, restaurantStatus, userStatus } from "@dishpatch/db/schema";
import { adminOrdersInput, setUserRoleInput } from "@dishpatch/validators";
import { describe, expect, it } from "vitest";

import type { RestaurantStatus } from "../../src/domain";
import { restaurantStatusAction, userRoleAction, userStatusAction } from "../../src/domain";

describe("restaurantStatusAction", () => {
  const statuses: RestaurantStatus[] = ["pending", "active", "suspended"];

  it("names every allowed move and refuses the rest", () => {
    const table = Object.fromEntries(
      statuses.flatMap((from) =>
        statuses.map((to) => [`${from}→${to}`, restaurantStatusAction(from, to)]),
      ),
    );
    expect(table).toEqual({
      "pending→pending": null,
      "pending→active": "restaurant.approve",
      "pending→suspended": "restaurant.suspend",
      "active→pending": null,
      "active→active": null,
      "active→suspended": "restaurant.suspend",
      "suspended→pending": null,
      "suspended→active": "restaurant.reinstate",
      "suspended→suspended": null,
    });
  });
});

describe("user actions", () => {
  it("name role and status changes, and refuse no-op changes", () => {
    expect(userRoleAction("customer", "admin")).toBe("user.grant_admin");
    expect(userRoleAction("admin", "customer")).toBe("user.revoke_admin");
    expect(userRoleAction("admin", "admin")).toBeNull();
    expect(userStatusAction("active", "suspended")).toBe("user.suspend");
    expect(userStatusAction("suspended", "active")).toBe("user.reinstate");
    expect(userStatusAction("active", "active")).toBeNull();
  });
});

/** The admin inputs repeat the database's states; this keeps them from drifting. */
describe("admin inputs and schema agree", () => {
  it("on order statuses, roles and restaurant/user statuses", () => {
    expect([...adminOrdersInput.shape.status.unwrap().options].sort()).toEqual(
      [...orderStatus.enumValues].sort(),
    );
    expect([...setUserRoleInput.shape.role.options].sort()).toEqual(
      [...platformRole.enumValues].sort(),
    );
    expect(restaurantStatus.enumValues).toEqual(["pending", "active", "suspended"]);
    expect(userStatus.enumValues).toEqual(["active", "suspended"]);
  });
});
