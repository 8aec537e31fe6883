export * from "./health";
