export * from "./users";
export * from "./restaurants";
