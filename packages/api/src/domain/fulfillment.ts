/** How the food reaches the customer: brought to an address, or collected at the counter. */
export const fulfillmentMethods = ["delivery", "pickup"] as const;
export type Fulfillment = (typeof fulfillmentMethods)[number];
