import base from "@dishpatch/config/eslint/base";
import react from "@dishpatch/config/eslint/react";

export default [...base, ...react];
