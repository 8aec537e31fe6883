import fc from "fast-check";

import { testEnv } from "./env";

if (testEnv.fastCheckSeed !== undefined) {
  fc.configureGlobal({ seed: testEnv.fastCheckSeed });
}
