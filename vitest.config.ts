import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The V8 reference answers Date's local-time methods in the host's zone; Weft answers in UTC.
    env: { TZ: "UTC" },
    testTimeout: 30_000,
  },
});
