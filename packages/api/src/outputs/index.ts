export { meOutput } from "./auth";
export { cartQuoteOutput } from "./cart";
export { orderByIdOutput, orderListMineOutput, orderPlaceOutput } from "./order";
export {
  restaurantBySlugOutput,
  restaurantCuisinesOutput,
  restaurantListOutput,
} from "./restaurant";
