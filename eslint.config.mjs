// Lint for the whole tree (`npm run lint` = `eslint .`): Office's recommended rules
// (eslint-plugin-office-addins: Office.js load/sync rules + prettier) with typescript-eslint,
// and React rules for .tsx. Generated and vendored output is ignored.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

/** Globals of Node scripts (.js/.mjs/.cjs); TypeScript files get theirs from tsconfig types. */
const nodeGlobals = Object.fromEntries(
  [
    "process",
    "console",
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "Buffer",
    "URL",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
    "fetch",
    "AbortSignal",
  ].map((name) => [name, "readonly"])
);

export default [
  {
    ignores: ["dist/", "dist-*/", "node_modules/", "coverage/", "test-results/", "bench-results/"],
  },
  // Office recommended + React (covers js/ts; its React part applies to jsx/tsx).
  ...officeAddins.configs.react,
  // TypeScript rules on .ts/.tsx (the office preset only parses them).
  ...tseslint.configs.recommended,
  {
    // The office preset's parser and plugins, extended to .tsx which its `files` glob omits.
    files: ["**/*.tsx"],
    plugins: {
      "office-addins": officeAddins,
    },
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    settings: { react: { version: "detect" } },
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: nodeGlobals,
    },
    rules: {
      // React 17+ JSX transform: no React import needed.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off", // TypeScript types the props
      // typescript-eslint 8.8's wrapper crashes on ESLint 9.39's options for this rule; the
      // core rule checks the same thing.
      "@typescript-eslint/no-unused-expressions": "off",
      "no-unused-expressions": "error",
      // A leading underscore marks a value left unused on purpose (e.g. `const { a: _a, ...rest }`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // CommonJS config files.
    files: ["**/*.cjs", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
