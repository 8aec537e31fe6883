import type { DishpatchClient } from "../src";

type OnUpdateHandlers = Parameters<DishpatchClient["order"]["onUpdate"]["subscribe"]>[1];
/** What `order.onUpdate` sends, inferred from the router: `{ id, data: event }` (tracked). */
export type OrderUpdate = Parameters<NonNullable<OnUpdateHandlers["onData"]>>[0];

/**
 * Follows one order live over SSE (`order.onUpdate`): prints its timeline, then each change,
 * until the order reaches a final status or `seconds` pass.
 */
export function followOrder(
  client: DishpatchClient,
  orderId: string,
  seconds: number,
  print: (update: OrderUpdate) => void,
): Promise<"finished" | "timed out"> {
  return new Promise((resolve, reject) => {
    const subscription = client.order.onUpdate.subscribe(
      { orderId },
      {
        onData: print,
        onError: (error) => {
          clearTimeout(timer);
          reject(error);
        },
        // The server ends the stream once the order is delivered, picked up, cancelled, …
        onComplete: () => {
          clearTimeout(timer);
          resolve("finished");
        },
      },
    );
    const timer = setTimeout(() => {
      // Settle first: unsubscribing calls onComplete, which would report the order as final.
      resolve("timed out");
      subscription.unsubscribe();
    }, seconds * 1000);
  });
}
