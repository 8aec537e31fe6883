export * from "./auth";
export { isCommonPassword } from "./common-passwords";
export * from "./health";
export * from "./restaurant";
export * from "./cart";
export * from "./restaurant-manage";
export * from "./promo";
export * from "./report";
