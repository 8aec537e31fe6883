/**
 * Demo accounts for local development and previews (listed in the README). The seed refuses
 * to run on production. All use the password `dishpatch-demo`, stored as a PBKDF2 hash made
 * once by packages/auth (the seed cannot depend on it: packages/auth depends on this package).
 */
export const DEMO_PASSWORD_HASH =
  "pbkdf2-sha256$600000$IFAom5ZJibaSgHiVZUVUTw==$jPMCP6MKlo7Q00P5cLXuWHDpg712Pi4U8dno+EJO39c=";

export const demoAccounts = [
  { email: "admin@dishpatch.dev", name: "Ada Admin", role: "admin" },
  { email: "owner@dishpatch.dev", name: "Olu Owner", role: "customer" },
  { email: "staff@dishpatch.dev", name: "Sam Staff", role: "customer" },
  { email: "diner@dishpatch.dev", name: "Dee Diner", role: "customer" },
  { email: "noor@dishpatch.dev", name: "Noor Haddad", role: "customer" },
  { email: "kai@dishpatch.dev", name: "Kai Tanaka", role: "customer" },
  { email: "applicant@dishpatch.dev", name: "Min-jun Park", role: "customer" },
] as const;

/** Who works where: [email, restaurant slug, role]. */
export const demoMemberships = [
  ["owner@dishpatch.dev", "la-tavola", "owner"],
  ["owner@dishpatch.dev", "saffron-house", "owner"],
  ["staff@dishpatch.dev", "la-tavola", "staff"],
  // Seoul Kitchen's application waits for an admin's approval.
  ["applicant@dishpatch.dev", "seoul-kitchen", "owner"],
] as const;
