import base from "@dishpatch/config/eslint/base";

export default base;
