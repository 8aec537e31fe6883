/**
 * Type-level tests: `tsc --noEmit` (the typecheck script) checks them; at run time
 * `expectTypeOf` does nothing and no request is made.
 */
import { describe, expectTypeOf, it } from "vitest";

import type { RouterInputs, RouterOutputs } from "../src";
import { createDishpatchClient } from "../src";

const client = createDishpatchClient({ url: "http://dishpatch.test" });

type Resolved<T extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<T>>;

describe("inferred types", () => {
  it("infers query inputs", () => {
    type ListInput = Parameters<typeof client.restaurant.list.query>[0];
    expectTypeOf<ListInput["limit"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ListInput["cursor"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf(client.restaurant.list.query).toBeCallableWith({});
    expectTypeOf(client.restaurant.bySlug.query).toBeCallableWith({ slug: "la-tavola" });
    expectTypeOf(client.health.check.query).toBeCallableWith();
    expectTypeOf<RouterInputs["cart"]["quote"]["fulfillment"]>().toEqualTypeOf<
      "delivery" | "pickup"
    >();
  });

  it("infers outputs, with Dates kept by superjson", () => {
    type List = Resolved<typeof client.restaurant.list.query>;
    expectTypeOf<List["items"][number]["openNow"]>().toEqualTypeOf<boolean>();
    expectTypeOf<List["nextCursor"]>().toEqualTypeOf<string | null>();

    type Quote = Resolved<typeof client.cart.quote.query>;
    expectTypeOf<Quote["total"]>().toEqualTypeOf<number>();
    expectTypeOf<Quote["restaurant"]["slug"]>().toEqualTypeOf<string>();

    type Health = Resolved<typeof client.health.check.query>;
    expectTypeOf<Health["time"]>().toEqualTypeOf<Date>();
    expectTypeOf<Health["status"]>().toEqualTypeOf<"ok" | "degraded">();

    type Me = Resolved<typeof client.auth.me.query>;
    expectTypeOf<Me>().toBeNullable();
    expectTypeOf<NonNullable<Me>["email"]>().toEqualTypeOf<string>();

    expectTypeOf<RouterOutputs["cart"]["quote"]>().toEqualTypeOf<Quote>();
  });

  it("infers mutations", () => {
    type SignUp = Resolved<typeof client.auth.signUp.mutate>;
    expectTypeOf<SignUp>().toEqualTypeOf<{ id: string; email: string; name: string | null }>();
    expectTypeOf(client.auth.signUp.mutate).toBeCallableWith({
      name: "Dee",
      email: "dee@example.com",
      password: "a-long-passphrase",
    });
  });

  it("rejects wrong input at compile time", () => {
    // @ts-expect-error slug is a string
    expectTypeOf(client.restaurant.bySlug.query).toBeCallableWith({ slug: 42 });
    // @ts-expect-error fulfillment is required
    expectTypeOf(client.cart.quote.query).toBeCallableWith({ restaurantId: "r", lines: [] });
    // @ts-expect-error name is required
    expectTypeOf(client.auth.signUp.mutate).toBeCallableWith({ email: "a@b.c", password: "x" });
    // @ts-expect-error the list takes no unknown keys
    expectTypeOf(client.restaurant.list.query).toBeCallableWith({ limt: 5 });
    // @ts-expect-error queries have no mutate
    expectTypeOf(client.restaurant.list.mutate).toBeFunction();
  });
});
