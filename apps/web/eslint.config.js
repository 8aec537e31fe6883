import base from "@dishpatch/config/eslint/base";
import nextjs from "@dishpatch/config/eslint/nextjs";
import react from "@dishpatch/config/eslint/react";

export default [...base, ...react, ...nextjs];
