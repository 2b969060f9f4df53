/**
 * The test suite as mutation testing runs it (`npm run mutate`, stryker.config.mjs): every test
 * but those that cannot see a mutant and only cost time.
 *
 *  - test/security.test.ts runs its memory and recursion rows in child processes first (sources
 *    transpiled afresh, so no mutant is active there), ~40 s;
 *  - test/cli.test.ts and the CLI halves of test/checker-golden.test.ts and test/session.test.ts
 *    spawn the built CLI in dist/, which Stryker does not mutate (they skip themselves when
 *    WEFT_MUTATION is set);
 *  - test/properties/ generates thousands of programs per property, for up to two minutes each:
 *    run per mutant, it would cost hours; the hand-written differential tables stand in for it.
 *
 * Everything else, the limits suite and the property tests included, runs as in vitest.config.ts,
 * with one difference: WEFT_V8_CACHE keeps the V8 reference's answers on disk (in the system's
 * temporary directory, keyed by program, workspace, clock and the reference's own text; see
 * test/helpers/v8-reference.ts), since they cannot change from one mutant to the next and asking V8
 * is most of the differential tests' time.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "test/security.test.ts", "test/cli.test.ts", "test/properties/**"],
    env: { TZ: "UTC", WEFT_MUTATION: "1", WEFT_V8_CACHE: join(tmpdir(), "weft-v8-reference-cache") },
    testTimeout: 30_000,
  },
});
