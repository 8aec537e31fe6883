export * from "./auth";
export { isCommonPassword } from "./common-passwords";
export * from "./health";
export * from "./restaurant";
export * from "./cart";
export * from "./menu";
export * from "./admin";
export * from "./live";
export * from "./order";
