export { vitestGlobalSetup as default } from "@dishpatch/db/testing";
