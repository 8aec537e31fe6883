import { z } from "zod";

import { currencyCodes } from "./currencies";

/** A supported ISO 4217 code, e.g. "USD". Unknown codes are refused rather than guessed at. */
export const currencyCodeSchema = z.enum(currencyCodes);
