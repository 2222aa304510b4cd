import { defineConfig } from "vitest/config";

// Tests run on source through the `source` export condition: no build first.
const projects = [
  "packages/domain",
  "packages/calendar",
  "packages/tables",
  "packages/rules",
  "packages/solver",
  "packages/solver-highs",
  "packages/batch",
  "bench",
  "packages/export",
  "apps/web",
  "apps/cli",
  "tests",
];

export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    projects: projects.map((root) => ({
      extends: true,
      test: { name: root.split("/").pop()!, root, include: ["**/*.test.ts"], exclude: ["**/node_modules/**", "**/dist/**"] },
    })),
    testTimeout: 30_000,
  },
});
