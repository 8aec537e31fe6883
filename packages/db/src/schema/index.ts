export * from "./users";
export * from "./restaurants";
export * from "./menu";
export * from "./promos";
export * from "./orders";
export * from "./audit";
export * from "./reports";
export * from "./relations";
