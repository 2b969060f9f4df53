// The workloads of bench/run.mjs: for each, the Weft program, the hand-written JavaScript over
// the same entity objects, and the other evaluators' equivalent expressions (or why they have none).

// ---------------------------------------------------------------------------------------------
// Hand-written JavaScript: the ops as plain functions over the workspace's own entity objects
// (Run, Artifact, ArtifactVersion instances from loadWorkspace). This is the physical limit: no
// sandbox, no checks, no copies.

const runSummary = (r) => r.summary;
const runName = (r) => r.name ?? r.id;
const runUser = (r) => r.user;
const runRuntime = (r) => (r.heartbeatAt.getTime() - r.createdAt.getTime()) / 1000;
const runHistory = (r) => r.history;
const artifactVersions = (a) => a.versions;
const artifactVersionSize = (v) => v.size;

// ---------------------------------------------------------------------------------------------
// Plain data for the other evaluators, built once per workspace outside every timed region.

/**
 * From the workspace file's plain object (what `generateWorkspace` returns):
 *  - `runs`: one flat record per run, `{ id, name, user, accuracy?, runtime, history }`, where
 *    `name` is already runName (name, or id where it has none), `user` the username,
 *    `accuracy` the summary's (absent where the summary has none), `runtime` runRuntime
 *    precomputed in seconds (none of them does date arithmetic), `history` the file's rows;
 *  - `artifacts`: `{ name, versions: [{ version, size }] }`;
 *  - `predicateRecords`: `{ id, summary }` per run, `summary` the file's object ({} where absent).
 */
export function plainData(file) {
  const runs = file.runs.map((r) => {
    const rec = { id: r.id, name: r.name ?? r.id, user: r.user, runtime: (Date.parse(r.heartbeatAt) - Date.parse(r.createdAt)) / 1000, history: r.history ?? [] };
    if (r.summary && r.summary.accuracy !== undefined) rec.accuracy = r.summary.accuracy;
    return rec;
  });
  const artifacts = file.artifacts.map((a) => ({ name: a.name, versions: a.versions.map((v) => ({ version: v.version, size: v.size })) }));
  const predicateRecords = file.runs.map((r) => ({ id: r.id, summary: r.summary ?? {} }));
  return { runs, artifacts, predicateRecords };
}

export const GIVEN = {
  weft: "the Workspace from loadWorkspace (Run/Artifact entities); program.run(ws, { now })",
  js: "the same Workspace entity objects; ops as plain functions (r.summary, r.name ?? r.id, ...)",
  others:
    "plain JSON built outside the timed region: runs = [{ id, name (= runName), user (username), accuracy? , " +
    "runtime (seconds, precomputed), history (the file's rows) }], artifacts = [{ name, versions: [{ version, size }] }]",
};

// ---------------------------------------------------------------------------------------------
// Normalisers: each implementation's result in one comparable form.

/** A run-like value's name: a Run entity (Weft, JS) or a plain record (others, name = runName). */
const nameOf = (x) => (x && typeof x === "object" ? (x.name ?? x.id) : x);
const sortedNames = (xs) => [...xs].map(String).sort();
const groupsToNames = (g) => {
  const out = {};
  for (const k of Object.keys(g).sort()) out[k] = [...g[k]].map(nameOf);
  return out;
};
const asArray = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * A workload: `weft` source; `js(ws)`; `jsPlain(plain)` (reference: JavaScript over the plain
 * records the others get); `normalize(value)`; `others[impl]` is either
 * `{ expr, input(plain), naAt? }` (input built outside timing; `naAt[size]`: why not at that
 * size) or `{ na: reason }`.
 */
export const WORKLOADS = [
  {
    id: "filter-map",
    title: "(a) filter + map: names of runs with accuracy > 0.95",
    weft: "runs.filter(r => runSummary(r).accuracy > 0.95).map(r => runName(r))",
    js: (ws) => ws.runs.filter((r) => runSummary(r).accuracy > 0.95).map((r) => runName(r)),
    jsPlain: (p) => p.runs.filter((r) => r.accuracy > 0.95).map((r) => r.name),
    normalize: (v) => sortedNames(asArray(v)),
    others: {
      jsonata: { expr: "[runs[accuracy > 0.95].name]", input: (p) => ({ runs: p.runs }) },
      jexl: { na: "filters (runs[.accuracy > 0.95]) but cannot map: .name on the result reads the first element only; mapping needs a host-written transform" },
      filtrex: { na: "expressions over one record only: no collections, lambdas or aggregates" },
      "expr-eval": { expr: "f(r) = r.accuracy > 0.95; g(r) = r.name; map(g, filter(f, runs))", input: (p) => ({ runs: p.runs }) },
      cel: { expr: "runs.filter(r, has(r.accuracy) && r.accuracy > 0.95).map(r, r.name)", input: (p) => ({ runs: p.runs }) },
    },
  },
  {
    id: "sort-top5",
    title: "(b) sort + top 5 by accuracy (names, best first)",
    weft:
      "runs.filter(r => runSummary(r).accuracy !== undefined)" +
      ".sort((a, b) => runSummary(b).accuracy - runSummary(a).accuracy).slice(0, 5).map(r => runName(r))",
    js: (ws) =>
      ws.runs
        .filter((r) => runSummary(r).accuracy !== undefined)
        .sort((a, b) => runSummary(b).accuracy - runSummary(a).accuracy)
        .slice(0, 5)
        .map((r) => runName(r)),
    jsPlain: (p) =>
      p.runs
        .filter((r) => r.accuracy !== undefined)
        .sort((a, b) => b.accuracy - a.accuracy)
        .slice(0, 5)
        .map((r) => r.name),
    // Order matters here, and ties do occur (many runs share the top accuracy): every
    // implementation sorts stably, so the first five of the ties in input order win everywhere.
    normalize: (v) => asArray(v).map(String),
    others: {
      jsonata: {
        expr: "[(runs[$exists(accuracy)]^(>accuracy))[[0..4]].name]",
        input: (p) => ({ runs: p.runs }),
        // Measured on this machine: its sort (^) grows super-linearly in time and memory, 1.8 s and
        // +0.2 GB of heap at 10k runs, 11.5 s and +1.4 GB at 30k; at 100k it exhausted a 4 GB heap.
        naAt: { 100000: "its sort (^) is super-linear in time and memory: 11.5 s and +1.4 GB heap at 30k runs; at 100k it exhausted a 4 GB heap" },
      },
      jexl: { na: "no sort (and no map)" },
      filtrex: { na: "expressions over one record only" },
      "expr-eval": { na: "no sort function" },
      cel: { na: "CEL has no sort (non-Turing-complete by design)" },
    },
  },
  {
    id: "group-by",
    title: "(c) group-by with reduce: runs per user (the {} accumulator idiom)",
    weft:
      "runs.reduce((groups, run) => { const user = runUser(run).username; " +
      "groups[user] = groups[user] || []; groups[user].push(run); return groups; }, {})",
    js: (ws) =>
      ws.runs.reduce((groups, run) => {
        const user = runUser(run).username;
        groups[user] = groups[user] || [];
        groups[user].push(run);
        return groups;
      }, {}),
    jsPlain: (p) =>
      p.runs.reduce((groups, run) => {
        groups[run.user] = groups[run.user] || [];
        groups[run.user].push(run);
        return groups;
      }, {}),
    normalize: (v) => groupsToNames(v),
    others: {
      jsonata: { expr: "runs{user: [$]}", input: (p) => ({ runs: p.runs }) },
      jexl: { na: "no reduce or grouping" },
      filtrex: { na: "expressions over one record only" },
      "expr-eval": { na: "cannot build objects (no object literals, no computed keys)" },
      cel: { na: "no fold; a map literal cannot accumulate computed keys" },
    },
  },
  {
    id: "sum-runtime",
    title: "(d) sum of runtimes (runRuntime, seconds)",
    weft: "runs.reduce((sum, r) => sum + runRuntime(r), 0)",
    js: (ws) => ws.runs.reduce((sum, r) => sum + runRuntime(r), 0),
    jsPlain: (p) => p.runs.reduce((sum, r) => sum + r.runtime, 0),
    normalize: (v) => v,
    others: {
      jsonata: { expr: "$sum(runs.runtime)", input: (p) => ({ runs: p.runs }) },
      jexl: { na: "no sum or reduce without a host-written transform" },
      filtrex: { na: "expressions over one record only" },
      "expr-eval": { expr: "f(s, r) = s + r.runtime; fold(f, 0, runs)", input: (p) => ({ runs: p.runs }) },
      cel: { na: "no sum or fold over a list" },
    },
  },
  {
    id: "artifact-sizes",
    title: "(e) artifact sizes: total size of all versions of all artifacts",
    weft: "artifacts.reduce((sum, a) => sum + artifactVersions(a).reduce((s, v) => s + artifactVersionSize(v), 0), 0)",
    js: (ws) => ws.artifacts.reduce((sum, a) => sum + artifactVersions(a).reduce((s, v) => s + artifactVersionSize(v), 0), 0),
    jsPlain: (p) => p.artifacts.reduce((sum, a) => sum + a.versions.reduce((s, v) => s + v.size, 0), 0),
    normalize: (v) => v,
    others: {
      jsonata: { expr: "$sum(artifacts.versions.size)", input: (p) => ({ artifacts: p.artifacts }) },
      jexl: { na: "no sum or reduce without a host-written transform" },
      filtrex: { na: "expressions over one record only" },
      "expr-eval": {
        expr: "g(s, v) = s + v.size; f(s, a) = s + fold(g, 0, a.versions); fold(f, 0, artifacts)",
        input: (p) => ({ artifacts: p.artifacts }),
      },
      cel: { na: "no sum or fold over a list" },
    },
  },
  {
    id: "history-mean",
    title: "(f) mean of a history metric: mean of the last loss row of each run's runHistory",
    weft:
      "const last = runs.map(r => runHistory(r)).filter(h => h.length > 0).map(h => h[h.length - 1].loss); " +
      "last.reduce((s: number, x: number) => s + x, 0) / last.length",
    js: (ws) => {
      const last = ws.runs
        .map((r) => runHistory(r))
        .filter((h) => h.length > 0)
        .map((h) => h[h.length - 1].loss);
      return last.reduce((s, x) => s + x, 0) / last.length;
    },
    jsPlain: (p) => {
      const last = p.runs
        .map((r) => r.history)
        .filter((h) => h.length > 0)
        .map((h) => h[h.length - 1].loss);
      return last.reduce((s, x) => s + x, 0) / last.length;
    },
    normalize: (v) => v,
    others: {
      jsonata: { expr: "$average(runs.(history[-1].loss))", input: (p) => ({ runs: p.runs }) },
      jexl: { na: "no map or aggregates without host-written transforms" },
      filtrex: { na: "expressions over one record only" },
      "expr-eval": {
        expr:
          "h(r) = length(r.history) > 0; l(r) = r.history[length(r.history) - 1].loss; plus(a, b) = a + b; " +
          "ls = map(l, filter(h, runs)); fold(plus, 0, ls) / length(ls)",
        input: (p) => ({ runs: p.runs }),
      },
      cel: { na: "no sum or fold over a list" },
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Section 2: the per-run predicate `summary.accuracy > 0.95 && summary.val_loss < 0.1`.

export const PREDICATE = {
  /** The op reference's own example ("goodRuns"), over all runs. */
  weftProgram: "runs.filter(run => { const summary = runSummary(run); return summary.accuracy > 0.95 && summary.val_loss < 0.1; })",
  weftArrow: "(run: Run) => { const summary = runSummary(run); return summary.accuracy > 0.95 && summary.val_loss < 0.1; }",
  js: (r) => {
    const summary = runSummary(r);
    return summary.accuracy > 0.95 && summary.val_loss < 0.1;
  },
  /** Reference: the same predicate in JavaScript over the `{ id, summary }` records the others get. */
  jsPlain: (r) => r.summary.accuracy > 0.95 && r.summary.val_loss < 0.1,
  /** Per record, given `{ id, summary }` ({} where the run has no summary). */
  perRecord: {
    jsonata: "summary.accuracy > 0.95 and summary.val_loss < 0.1",
    jexl: "summary.accuracy > 0.95 && summary.val_loss < 0.1",
    // filtrex's `>` refuses undefined (it returns an error object), so it checks presence first.
    filtrex: "exists(summary.accuracy) and summary.accuracy > 0.95 and exists(summary.val_loss) and summary.val_loss < 0.1",
    "expr-eval": "summary.accuracy > 0.95 and summary.val_loss < 0.1",
    // CEL refuses a missing map key ("No such key"), so it checks presence with has().
    cel: "has(summary.accuracy) && summary.accuracy > 0.95 && has(summary.val_loss) && summary.val_loss < 0.1",
  },
  /** Over the whole array in one evaluation, given `{ runs: [{ id, summary }] }`. */
  collection: {
    jsonata: "[runs[summary.accuracy > 0.95 and summary.val_loss < 0.1]]",
    jexl: "runs[.summary.accuracy > 0.95 && .summary.val_loss < 0.1]",
    "expr-eval": "p(r) = r.summary.accuracy > 0.95 and r.summary.val_loss < 0.1; filter(p, runs)",
    cel: "runs.filter(r, has(r.summary.accuracy) && r.summary.accuracy > 0.95 && has(r.summary.val_loss) && r.summary.val_loss < 0.1)",
  },
};

// ---------------------------------------------------------------------------------------------
// Section 3: twenty typical panel expressions. `{N}` is replaced by a different whole number on
// every compile, so that each compile gets a source string it has never seen (no cache can hide
// the cost); every expression type-checks for any N.

export const PANEL_EXPRESSIONS = [
  "runs.filter(r => runSummary(r).accuracy > 0.{N}).map(r => runName(r))",
  "runs.filter(run => runConfig(run).learning_rate > 0.0{N})",
  "runs.map(run => runSummary(run).val_loss * {N})",
  "runs.slice().sort((a, b) => runSummary(b).accuracy - runSummary(a).accuracy).slice(0, {N}).map(r => runName(r))",
  "runs.reduce((groups, run) => { const user = runUser(run).username; groups[user] = (groups[user] || 0) + {N}; return groups; }, {})",
  "runs.reduce((sum, run) => sum + runRuntime(run), 0) / {N}",
  "runs.filter(run => runRuntime(run) > {N}).length",
  "runs.map(run => `${runName(run)}: ${(runSummary(run).accuracy * 100).toFixed(2)}% (${runUser(run).name}) #{N}`)",
  "runs.filter(run => runJobType(run) === \"train\" && run.state === \"finished\").slice(0, {N})",
  "runs.map(run => ({ name: runName(run), lr: runConfig(run).learning_rate, acc: runSummary(run).accuracy, rank: {N} }))",
  "runs.filter(run => runConfig(run).optimizer === \"adam\" && runConfig(run).batch_size >= {N})",
  "runs.find(run => runName(run) === \"run-{N}\")",
  "artifacts.map(a => ({ name: artifactName(a), versions: artifactVersions(a).length, link: artifactLink(a), n: {N} }))",
  "artifacts.reduce((sum, a) => sum + artifactVersions(a).reduce((s, v) => s + artifactVersionSize(v), 0), 0) / 1e{N}",
  "artifactVersions(artifacts[0]).filter(v => v.aliases.includes(\"production\") || v.version > {N}).map(v => artifactVersionAlias(v))",
  "runs.filter(run => runLoggedArtifactVersion(run, \"model:latest\") !== undefined).length + {N}",
  "runs.filter(run => runUsedArtifactVersions(run).some(v => v.name === \"training-data\" && v.version < {N}))",
  "runs.filter(run => runHistory(run).length > {N}).map(run => runHistory(run)[runHistory(run).length - 1].val_loss)",
  "runs.filter(run => Date.now() - runHeartbeatAt(run).getTime() < {N} * 60 * 1000).map(run => runName(run))",
  "Math.max(...runs.filter(r => runSummary(r).accuracy !== undefined).map(r => runSummary(r).accuracy)) * {N}",
];

/**
 * The other evaluators' compile step, over their own expressions from sections 1 and 2 (with
 * `{N}` in a numeric literal). Weft is also timed over its programs for those same workloads.
 */
export const COMPILE_SETS = {
  weftWorkloads: [
    "runs.filter(r => runSummary(r).accuracy > 0.9{N}).map(r => runName(r))",
    "runs.filter(r => runSummary(r).accuracy !== undefined).sort((a, b) => runSummary(b).accuracy - runSummary(a).accuracy).slice(0, {N}).map(r => runName(r))",
    "runs.reduce((groups, run) => { const user = runUser(run).username; groups[user] = groups[user] || []; groups[user].push(run); return groups; }, {}) // {N}",
    "runs.reduce((sum, r) => sum + runRuntime(r), {N})",
    "artifacts.reduce((sum, a) => sum + artifactVersions(a).reduce((s, v) => s + artifactVersionSize(v), 0), {N})",
    "const last = runs.map(r => runHistory(r)).filter(h => h.length > {N}).map(h => h[h.length - 1].loss); last.reduce((s: number, x: number) => s + x, 0) / last.length",
    "runs.filter(run => { const summary = runSummary(run); return summary.accuracy > 0.9{N} && summary.val_loss < 0.1; })",
  ],
  jsonata: [
    "[runs[accuracy > 0.9{N}].name]",
    "[(runs[$exists(accuracy)]^(>accuracy))[[0..{N}]].name]",
    "runs{user: [$]} /* {N} */",
    "$sum(runs.runtime) + {N}",
    "$sum(artifacts.versions.size) + {N}",
    "$average(runs.(history[-1].loss)) + {N}",
    "summary.accuracy > 0.9{N} and summary.val_loss < 0.1",
  ],
  jexl: [
    "summary.accuracy > 0.9{N} && summary.val_loss < 0.1",
    "runs[.summary.accuracy > 0.9{N} && .summary.val_loss < 0.1]",
  ],
  filtrex: ["exists(summary.accuracy) and summary.accuracy > 0.9{N} and exists(summary.val_loss) and summary.val_loss < 0.1"],
  "expr-eval": [
    "f(r) = r.accuracy > 0.9{N}; g(r) = r.name; map(g, filter(f, runs))",
    "f(s, r) = s + r.runtime; fold(f, {N}, runs)",
    "g(s, v) = s + v.size; f(s, a) = s + fold(g, 0, a.versions); fold(f, {N}, artifacts)",
    "h(r) = length(r.history) > {N}; l(r) = r.history[length(r.history) - 1].loss; plus(a, b) = a + b; ls = map(l, filter(h, runs)); fold(plus, 0, ls) / length(ls)",
    "summary.accuracy > 0.9{N} and summary.val_loss < 0.1",
  ],
  cel: [
    "runs.filter(r, has(r.accuracy) && r.accuracy > 0.9{N}).map(r, r.name)",
    "has(summary.accuracy) && summary.accuracy > 0.9{N} && has(summary.val_loss) && summary.val_loss < 0.1",
  ],
  /** Reference only: V8 compiling the hand-written JavaScript of the same workloads (new Function + one call). */
  js: [
    "return runs.filter(r => r.summary.accuracy > 0.9{N}).map(r => r.name ?? r.id)",
    "return runs.filter(r => r.summary.accuracy !== undefined).sort((a, b) => b.summary.accuracy - a.summary.accuracy).slice(0, {N}).map(r => r.name ?? r.id)",
    "return runs.reduce((groups, run) => { const user = run.user.username; groups[user] = groups[user] || []; groups[user].push(run); return groups; }, {}) // {N}",
    "return runs.reduce((sum, r) => sum + (r.heartbeatAt.getTime() - r.createdAt.getTime()) / 1000, {N})",
    "return artifacts.reduce((sum, a) => sum + a.versions.reduce((s, v) => s + v.size, 0), {N})",
    "const last = runs.map(r => r.history).filter(h => h.length > {N}).map(h => h[h.length - 1].loss); return last.reduce((s, x) => s + x, 0) / last.length",
    "return runs.filter(run => { const summary = run.summary; return summary.accuracy > 0.9{N} && summary.val_loss < 0.1; })",
  ],
};
