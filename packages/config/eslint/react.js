import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config({
  files: ["**/*.{ts,tsx}"],
  plugins: { "react-hooks": reactHooks },
  rules: { ...reactHooks.configs.recommended.rules },
});
