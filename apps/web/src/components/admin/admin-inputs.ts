import type { RouterInputs } from "@dishpatch/api";

type Input = RouterInputs["admin"]["restaurants"];

/** Shared by the page's server prefetch and the client lists, so their query keys match. */
export const pendingRestaurantsInput: Input = { status: "pending", limit: 50 };
export const allRestaurantsInput: Input = { status: "all", limit: 100 };
