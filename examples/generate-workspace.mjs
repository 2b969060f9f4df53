#!/usr/bin/env node
// Writes a Weft workspace file (SPEC §3): a W&B-like project "acme-ml/vision" with users, runs
// and artifacts. Deterministic for a given --seed; plain Node 20, no dependencies.
//
//   node examples/generate-workspace.mjs [--runs N] [--artifacts N] [--seed S] [--out FILE]
//
// With the defaults (60 runs, 5 artifacts, seed 42) it writes examples/workspace.json, the
// sample workspace. As a module it exports generateWorkspace({ runs, artifacts, seed }), which
// returns the workspace as a plain object, and writeWorkspace(options, stream), which streams
// the same text the CLI writes (JSON.stringify(workspace, null, 2) plus a newline).
//
// The timeline runs from 2026-10-01 to SAMPLE_NOW (2026-11-23T18:00:00.000Z): runs still
// "running" sent their last heartbeat a few minutes before it. The runs array is newest first,
// as W&B lists them, and its first three runs are deliberate (see README.md):
//   runs[0]  finished "train" run by john_doe, over an hour, logged the newest "model" version
//            (alias "latest") and a "checkpoint", used "training-data:v2" (an outdated dataset);
//   runs[1]  finished "train" run by alice_chen, the config of runs[0] with another
//            learning_rate and batch_size, used "training-data:v3";
//   runs[2]  finished "eval" run that used a "model" version and logged the newest
//            "evaluation" version.

import { createWriteStream } from "node:fs";
import { pathToFileURL } from "node:url";

export const DEFAULTS = Object.freeze({ runs: 60, artifacts: 5, seed: 42 });

/** The end of the generated timeline: the clock to evaluate the sample with (`--now`). */
export const SAMPLE_NOW = "2026-11-23T18:00:00.000Z";

const ENTITY = "acme-ml";
const PROJECT = "vision";
const NOW = Date.parse(SAMPLE_NOW);
const START = Date.parse("2026-10-01T06:00:00.000Z");
const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------------------------------------
// Seeded randomness

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit mix of two integers, to seed one PRNG per run independently of the others. */
function mix(a, b) {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul((b + 0x632be5ab) | 0, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  /** Uniform in [lo, hi). */
  uniform(lo, hi) {
    return lo + (hi - lo) * this.next();
  }
  /** Integer in [lo, hi]. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** `pairs` is [[value, weight], ...]. */
  weighted(pairs) {
    let total = 0;
    for (let i = 0; i < pairs.length; i++) total += pairs[i][1];
    let x = this.next() * total;
    for (let i = 0; i < pairs.length; i++) {
      x -= pairs[i][1];
      if (x < 0) return pairs[i][0];
    }
    return pairs[pairs.length - 1][0];
  }
  /** Standard normal (Box-Muller). */
  normal() {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  shuffle(list) {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = list[i];
      list[i] = list[j];
      list[j] = t;
    }
    return list;
  }
  /** `k` distinct elements of `list`, in random order. */
  sample(list, k) {
    return this.shuffle(list.slice()).slice(0, Math.max(0, k));
  }
  /** `n` characters of `alphabet`, as one flat string. */
  chars(alphabet, n) {
    const codes = new Array(n);
    for (let i = 0; i < n; i++) codes[i] = alphabet.charCodeAt(Math.floor(this.next() * alphabet.length));
    return String.fromCharCode.apply(null, codes);
  }
}

const round = (x, digits) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
/** Two significant digits, as people write hyperparameters: 0.00031, 0.003, 0.02. */
const sig2 = (x) => Number(x.toPrecision(2));
const iso = (ms) => new Date(Math.round(ms)).toISOString();

// ---------------------------------------------------------------------------------------------
// Vocabulary

const USERS = [
  { username: "john_doe", name: "John Doe" },
  { username: "alice_chen", name: "Alice Chen" },
  { username: "priya_patel", name: "Priya Patel" },
  { username: "marco_rossi", name: "Marco Rossi" },
  { username: "sam_taylor", name: "Sam Taylor" },
];
const USER_WEIGHTS = [0.3, 0.25, 0.2, 0.15, 0.1];
const USER_PAIRS = USERS.map((u, i) => [u.username, USER_WEIGHTS[i]]);

const ADJECTIVES = (
  "zesty misty dainty fluent glorious hearty lucky swift sunny polished stellar crimson quiet wise " +
  "vivid eager gentle robust bright cosmic ethereal frosty golden noble rosy silver stoic twilight " +
  "wandering breezy daring dulcet fragrant generous icy jolly lilac morning northern olive playful " +
  "proud radiant royal serene smooth snowy solar spring still summer sweet treasured volcanic warm " +
  "young celestial autumn amber azure balmy charmed copper curious dazzling desert earthy electric " +
  "elated fresh giddy graceful hopeful iconic legendary lively lunar magic mild neat pleasant prime " +
  "revived ruby sage scarlet sleek sparkling splendid tough valiant vibrant visionary winter"
).split(" ");
const NOUNS = (
  "sun river wave shadow firebrand sky snow forest haze moon field pine dream dawn night star meadow " +
  "water leaf breeze cloud frog glade grass hill lake mountain ocean paper plasma pond rain " +
  "resonance sea smoke sound spaceship spirit surf thunder tree violet voice wind wood flower " +
  "feather bird butterfly cherry dew disco dust energy fire flame galaxy gorge lion planet puddle " +
  "serenity silence universe vortex jazz blaze totem eon cosmos capybara terrain bee brook music " +
  "deluge sunset"
).split(" ");

/** Per-epoch seconds on the team's GPUs, the weights' size in bytes, and a base accuracy. */
const MODELS = {
  resnet18: { epochSeconds: 95, bytes: 46_830_571, accuracy: 0.872 },
  resnet50: { epochSeconds: 250, bytes: 102_540_417, accuracy: 0.915 },
  "efficientnet-b0": { epochSeconds: 160, bytes: 21_384_951, accuracy: 0.9 },
  "convnext-tiny": { epochSeconds: 310, bytes: 114_377_123, accuracy: 0.927 },
  "vit-b16": { epochSeconds: 420, bytes: 346_293_852, accuracy: 0.934 },
  "vit-l16": { epochSeconds: 1150, bytes: 1_217_407_360, accuracy: 0.942 },
};
const MODEL_WEIGHTS = [
  ["resnet50", 0.3],
  ["vit-b16", 0.22],
  ["vit-l16", 0.08],
  ["convnext-tiny", 0.15],
  ["efficientnet-b0", 0.15],
  ["resnet18", 0.12],
];
const BATCH_TIME = { 16: 1.35, 32: 1.15, 64: 1, 128: 0.9 };

/** The five artifacts every workspace has, in this order. */
const CORE_ARTIFACTS = [
  { name: "model", type: "model" },
  { name: "training-data", type: "dataset" },
  { name: "evaluation", type: "evaluation" },
  { name: "checkpoint", type: "model" },
  { name: "preprocessor", type: "preprocessing" },
];
/** Further artifacts for --artifacts > 5, and the job types of the runs that log them. */
const EXTRA_ARTIFACTS = [
  { name: "test-data", type: "dataset", producers: ["preprocess"] },
  { name: "predictions", type: "predictions", producers: ["eval"] },
  { name: "onnx-model", type: "model", producers: ["train"] },
  { name: "confusion-matrix", type: "evaluation", producers: ["eval"] },
  { name: "label-map", type: "preprocessing", producers: ["preprocess"] },
  { name: "embeddings", type: "dataset", producers: ["eval", "preprocess"] },
];

// ---------------------------------------------------------------------------------------------
// Planning: every run's skeleton (times, job, config, final metrics) and every artifact version

function trainConfig(rng) {
  const optimizer = rng.weighted([
    ["adam", 0.4],
    ["adamw", 0.35],
    ["sgd", 0.25],
  ]);
  const logLr = optimizer === "sgd" ? rng.uniform(-2.6, -0.8) : rng.uniform(-4, -1.6);
  const config = {
    learning_rate: sig2(10 ** logLr),
    batch_size: rng.pick([16, 32, 64, 64, 128]),
    optimizer,
    epochs: rng.pick([10, 20, 30, 30, 50, 90]),
    model: rng.weighted(MODEL_WEIGHTS),
    dropout: rng.pick([0, 0.1, 0.1, 0.2, 0.3, 0.5]),
    weight_decay: optimizer === "adamw" ? rng.pick([0.01, 0.05, 0.1]) : rng.pick([0, 0.0001, 0.0005]),
    scheduler: rng.chance(0.15)
      ? { type: "step", step_size: rng.pick([10, 20, 30]), gamma: 0.1 }
      : { type: rng.pick(["cosine", "cosine", "linear", "constant"]), warmup_steps: rng.pick([0, 250, 500, 1000]) },
    augmentation: {
      random_crop: rng.chance(0.85),
      horizontal_flip: rng.chance(0.9),
      mixup: rng.chance(0.35) ? rng.pick([0.2, 0.4, 0.8]) : 0,
    },
    image_size: rng.pick([224, 224, 224, 256, 384]),
    seed: rng.int(0, 9999),
  };
  return config;
}

function sweepConfig(rng) {
  const config = trainConfig(rng);
  config.epochs = rng.pick([5, 10, 15]);
  config.image_size = 224;
  return config;
}

/** Final accuracy, validation and training loss of a training configuration. */
function trainMetrics(rng, config) {
  const m = MODELS[config.model];
  const bestLogLr = config.optimizer === "sgd" ? -1.4 : -3.2;
  const d = Math.log10(config.learning_rate) - bestLogLr;
  let accuracy =
    m.accuracy +
    0.016 -
    0.028 * d * d +
    0.012 * Math.log2(config.epochs / 20) +
    (config.augmentation.mixup > 0 ? 0.004 : 0) +
    (config.image_size > 224 ? 0.005 : 0) +
    rng.normal() * 0.012;
  accuracy = clamp(accuracy, 0.31, 0.987);
  const overfit = config.dropout < 0.1 && config.epochs >= 50 ? 0.05 : 0;
  const valLoss = (1.9 * (1 - accuracy) + 0.01) * Math.exp(0.22 * rng.normal()) + overfit;
  const loss = valLoss * rng.uniform(0.5, 0.85);
  return { accuracy: round(accuracy, 4), valLoss: round(valLoss, 4), loss: round(loss, 4) };
}

function trainSeconds(rng, config) {
  const m = MODELS[config.model];
  const sizeFactor = (config.image_size / 224) ** 2;
  const s = m.epochSeconds * config.epochs * BATCH_TIME[config.batch_size] * sizeFactor * rng.uniform(0.85, 1.15);
  return clamp(s, 300, 36_500 + rng.uniform(0, 1500));
}

/** The config runs[0] ran with; runs[1] changed its learning_rate and batch_size. */
const BASE_CONFIG = {
  learning_rate: 0.0003,
  batch_size: 64,
  optimizer: "adamw",
  epochs: 30,
  model: "vit-b16",
  dropout: 0.1,
  weight_decay: 0.05,
  scheduler: { type: "cosine", warmup_steps: 500 },
  augmentation: { random_crop: true, horizontal_flip: true, mixup: 0.2 },
  image_size: 224,
  seed: 17,
};

/**
 * A run's config. Configs are drawn from a PRNG of their own per run, so that planning can drop
 * them and expansion draw the same again: a big workspace never holds them all at once.
 */
function configOf(seed, r) {
  if (r.role === "train-0") return structuredClone(BASE_CONFIG);
  if (r.role === "train-1") return { ...structuredClone(BASE_CONFIG), learning_rate: 0.003, batch_size: 128 };
  if (r.jobType === "eval") return r.config;
  const rng = new Rng(mix(seed ^ 0xc0ffee, r.number));
  const job = r.jobType;
  if (job === "train" || job === "sweep") {
    const config = job === "train" ? trainConfig(rng) : sweepConfig(rng);
    if (r.initFrom) config.init_from = `model:v${r.initFrom.version}`;
    return config;
  }
  if (job === "preprocess") {
    return {
      image_size: rng.pick([224, 256, 384]),
      normalize: { mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] },
      num_shards: rng.pick([64, 128, 256]),
      source: `s3://acme-ml-data/raw/2026-${rng.pick(["09", "10", "11"])}`,
      dedupe: rng.chance(0.7),
    };
  }
  if (rng.chance(0.6)) return { notebook: rng.pick(["explore.ipynb", "error-analysis.ipynb", "viz.ipynb"]), sample_size: rng.pick([100, 500, 1000]) };
  return undefined;
}

/** Keeps what planning needs of a training config. */
function remember(r, config) {
  r.model = config.model;
  r.optimizer = config.optimizer;
  r.epochs = config.epochs;
  r.dropout = config.dropout;
}

/** `count` picks from `pool` without replacement, each as likely as its weight (Efraimidis-Spirakis). */
function chooseWeighted(rng, pool, count, weight) {
  const keyed = pool.map((item) => ({ item, key: Math.log(1 - rng.next()) / weight(item) }));
  keyed.sort((a, b) => b.key - a.key);
  return keyed.slice(0, Math.max(0, count)).map((k) => k.item).sort((a, b) => a.number - b.number);
}

/** `count` picks from `pool` without replacement (all of it where it is smaller). */
function choose(rng, pool, count) {
  return rng.sample(pool, Math.min(count, pool.length));
}

// Planning objects set every field in their constructor, numbers that will hold fractions
// starting as NaN: a big workspace has 100,000 of them, and V8 keeps them fast when their shape
// never changes.

/** An artifact version while it is planned. */
class Version {
  constructor(artifact, producer, createdAt, size) {
    this.artifact = artifact;
    this.producer = producer;
    this.createdAt = NaN;
    this.createdAt = createdAt;
    this.size = NaN;
    this.size = size;
    this.aliases = [];
    this.version = -1;
    this.digest = "";
  }
}

/** A run while it is planned. */
class Skeleton {
  constructor(role, createdAt) {
    this.role = role; // "generic", "running", "eval-2", "train-1" or "train-0"
    this.createdAt = NaN;
    this.createdAt = createdAt;
    this.runtime = NaN;
    this.heartbeatAt = NaN;
    this.jobType = undefined;
    this.state = "finished";
    this.user = "";
    this.id = "";
    this.number = 0;
    this.name = undefined;
    /** Only eval runs keep their config; the others' is drawn again from configOf. */
    this.config = undefined;
    this.model = undefined;
    this.optimizer = undefined;
    this.epochs = 0;
    this.dropout = NaN;
    this.initFrom = undefined;
    this.metrics = undefined;
    this.epochsDone = 0;
    this.progress = NaN;
    this.forcedProducer = false;
    this.summaryShape = undefined;
    this.evalConfig = undefined;
    this.evalModel = undefined;
    this.logged = [];
    this.used = [];
  }
}

function plan({ runs: runCount, artifacts: artifactCount, seed }) {
  const rng = new Rng(mix(seed, 0x5eed));

  // --- Roles and times, in chronological order --------------------------------------------
  const deliberate = Math.min(runCount, 3);
  const runningCount = runCount >= 20 ? clamp(Math.round(runCount / 20), 3, 50) : 0;
  const genericCount = runCount - deliberate - runningCount;
  const deliberateStart = NOW - 5 * HOUR - 10 * MIN + rng.uniform(-3, 3) * MIN; // runs[2].createdAt

  /** Skeletons, chronological: generic, then running, then runs[2], runs[1], runs[0]. */
  const runs = [];
  const genericTimes = [];
  // Generic runs start 14 h before the end at the latest, so that even a 10.5 h one finishes
  // well before the deliberate runs: runs[0] logs the newest "model", runs[2] the newest "evaluation".
  for (let i = 0; i < genericCount; i++) genericTimes.push(rng.uniform(START, NOW - 14 * HOUR));
  genericTimes.sort((a, b) => a - b);
  for (const t of genericTimes) runs.push(new Skeleton("generic", t));
  const runningTimes = [];
  for (let i = 0; i < runningCount; i++) runningTimes.push(rng.uniform(NOW - 10 * HOUR, deliberateStart - 10 * MIN));
  runningTimes.sort((a, b) => a - b);
  for (const t of runningTimes) runs.push(new Skeleton("running", t));
  const roles = ["eval-2", "train-1", "train-0"].slice(3 - deliberate);
  for (const role of roles) runs.push(new Skeleton(role, 0));
  runs.forEach((r, i) => {
    r.number = i + 1;
  });

  // --- Job types of the generic runs: exact shares, forced preprocess runs at fixed points ---
  const generic = runs.filter((r) => r.role === "generic");
  const G = generic.length;
  const forcedPre = [...new Set([0, 0.3, 0.55, 0.78].map((f) => Math.floor(f * G)))].filter((i) => i < G);
  for (const i of forcedPre) {
    generic[i].jobType = "preprocess";
    generic[i].forcedProducer = true;
  }
  const free = generic.filter((r) => !r.jobType);
  const jobs = [];
  const share = (p, min) => Math.max(min, Math.round(p * G));
  const quotas = [
    ["eval", share(0.18, G >= 5 ? 1 : 0)],
    ["sweep", share(0.12, 0)],
    ["preprocess", share(0.03, 0)],
    [undefined, share(0.05, G >= 10 ? 2 : 0)],
  ];
  for (const [job, n] of quotas) for (let i = 0; i < n && jobs.length < free.length; i++) jobs.push(job);
  while (jobs.length < free.length) jobs.push("train");
  rng.shuffle(jobs);
  free.forEach((r, i) => {
    r.jobType = jobs[i];
  });

  // --- States of the generic runs ------------------------------------------------------------
  const failable = generic.filter((r) => !r.forcedProducer);
  const crashed = choose(rng, failable, G >= 20 ? Math.max(2, Math.round(0.06 * G)) : 0);
  for (const r of crashed) r.state = "crashed";
  const failed = choose(rng, failable.filter((r) => r.state === "finished"), G >= 20 ? Math.max(2, Math.round(0.04 * G)) : 0);
  failed.forEach((r, i) => {
    r.state = "failed";
    if (i === 0) r.summaryShape = "absent";
    else if (i === 1) r.summaryShape = "empty";
  });

  // --- Running runs: long training jobs still sending heartbeats ----------------------------
  for (const r of runs) {
    if (r.role !== "running") continue;
    r.jobType = rng.chance(0.75) ? "train" : "sweep";
    r.state = "running";
  }

  // --- Users, configs, runtimes, final metrics -------------------------------------------------
  for (const r of runs) {
    r.user = rng.weighted(USER_PAIRS);
    if (r.role === "generic" || r.role === "running") fillGeneric(rng, r, seed);
  }
  const byRole = (role) => runs.find((r) => r.role === role);
  const run2 = byRole("eval-2");
  const run1 = byRole("train-1");
  const run0 = byRole("train-0");
  if (run2) {
    run2.jobType = "eval";
    run2.createdAt = deliberateStart;
    run2.runtime = rng.uniform(6, 18) * MIN;
    run2.evalConfig = { batch_size: 256, split: "test", tta: false };
  }
  if (run1) {
    run1.jobType = "train";
    run1.user = "alice_chen";
    run1.createdAt = deliberateStart + rng.uniform(12, 20) * MIN;
    run1.runtime = (2.5 + rng.uniform(0, 0.5)) * HOUR;
    const config = configOf(seed, run1);
    remember(run1, config);
    const m = trainMetrics(rng, config);
    const valLoss = Math.max(m.valLoss, rng.uniform(0.12, 0.18));
    run1.metrics = {
      accuracy: round(Math.min(m.accuracy, rng.uniform(0.925, 0.94)), 4),
      valLoss: round(valLoss, 4),
      loss: round(valLoss * rng.uniform(0.5, 0.85), 4),
    };
    run1.epochsDone = run1.epochs;
  }
  if (run0) {
    run0.jobType = "train";
    run0.user = "john_doe";
    run0.createdAt = deliberateStart + rng.uniform(30, 40) * MIN;
    run0.runtime = (3 + rng.uniform(1 / 3, 2 / 3)) * HOUR;
    remember(run0, configOf(seed, run0));
    run0.metrics = {
      accuracy: round(rng.uniform(0.955, 0.965), 4),
      valLoss: round(rng.uniform(0.07, 0.09), 4),
      loss: round(rng.uniform(0.04, 0.06), 4),
    };
    run0.epochsDone = run0.epochs;
  }
  for (const r of runs) r.heartbeatAt = r.createdAt + r.runtime;

  // --- Ids, numbers, names ---------------------------------------------------------------------
  const ids = new Set();
  const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
  runs.forEach((r, i) => {
    let id;
    do id = rng.chars(alphabet, 8);
    while (ids.has(id));
    ids.add(id);
    r.id = id;
    r.name = `${rng.pick(ADJECTIVES)}-${rng.pick(NOUNS)}-${r.number}`;
  });
  const unnamedPool = runs.filter((r) => r.role === "generic" || r.role === "running");
  for (const r of choose(rng, unnamedPool, runCount >= 10 ? Math.max(3, Math.round(0.05 * runCount)) : 0)) r.name = undefined;

  // --- Artifact versions, each logged by the run that produced it -------------------------------
  const artifacts = CORE_ARTIFACTS.map((a) => ({ ...a, versions: [] }));
  const [model, data, evaluation, checkpoint, preprocessor] = artifacts;
  const addVersion = (artifact, producer, createdAt, size) => {
    const v = new Version(artifact, producer, createdAt, Math.round(size));
    artifact.versions.push(v);
    if (producer) producer.logged.push(v);
    return v;
  };
  const finishedOf = (jobs) => runs.filter((r) => r.role === "generic" && r.state === "finished" && jobs.includes(r.jobType));
  const logTime = (r) => r.heartbeatAt - rng.uniform(5, 90) * 1000;
  const orphanTime = () => rng.uniform(START - 2 * DAY, NOW - DAY);

  // model: finished train/sweep runs, the better ones more likely, and runs[0] and runs[1].
  const modelCount = Math.max(6, Math.round(runCount / 6));
  const modelProducers = chooseWeighted(
    rng,
    finishedOf(["train", "sweep"]),
    modelCount - (run0 ? 1 : 0) - (run1 ? 1 : 0),
    (r) => Math.exp((r.metrics.accuracy - 0.9) * 40),
  );
  if (run1) modelProducers.push(run1);
  if (run0) modelProducers.push(run0);
  for (const r of modelProducers) addVersion(model, r, logTime(r), MODELS[r.model].bytes * rng.uniform(1, 1.002));
  while (model.versions.length < 6) addVersion(model, undefined, orphanTime(), MODELS.resnet50.bytes * rng.uniform(1, 1.002));

  // checkpoint: training runs of any state, during the run; runs[0] and runs[1] one each.
  for (const r of runs) {
    if (!(r.jobType === "train" || r.jobType === "sweep")) continue;
    const n = r === run0 || r === run1 ? 1 : r.role === "running" || rng.chance(0.3) ? rng.int(1, 2) : 0;
    const fracs = [];
    for (let i = 0; i < n; i++) fracs.push(rng.uniform(0.3, 0.97));
    fracs.sort((a, b) => a - b);
    for (const f of fracs) {
      const size = MODELS[r.model].bytes * (r.optimizer === "sgd" ? 2 : 3) * rng.uniform(1, 1.003);
      addVersion(checkpoint, r, r.createdAt + f * r.runtime, size);
    }
  }
  while (checkpoint.versions.length < 4) addVersion(checkpoint, undefined, orphanTime(), MODELS.resnet50.bytes * 3);

  // training-data v0..v3: the preprocess runs at fixed points of the timeline; preprocessor too.
  let dataSize = rng.uniform(3.2e9, 3.4e9);
  const dataProducers = forcedPre.map((i) => generic[i]);
  for (let k = 0; k < 4; k++) {
    const r = dataProducers[k];
    const t = r ? logTime(r) : START + (k / 4) * (NOW - START) - 2 * DAY;
    addVersion(data, r, t, dataSize);
    dataSize *= rng.uniform(1.08, 1.18);
  }
  for (const r of runs) {
    if (r.jobType !== "preprocess" || r.state !== "finished") continue;
    if (r.forcedProducer || rng.chance(0.5)) addVersion(preprocessor, r, logTime(r) + 1000, rng.uniform(1200, 40_000));
  }
  while (preprocessor.versions.length < 2) addVersion(preprocessor, undefined, orphanTime(), rng.uniform(1200, 40_000));

  // evaluation: most finished eval runs, and runs[2].
  for (const r of finishedOf(["eval"])) if (rng.chance(0.6)) addVersion(evaluation, r, logTime(r), rng.uniform(12_000, 4_200_000));
  if (run2) addVersion(evaluation, run2, logTime(run2) + 2000, rng.uniform(12_000, 4_200_000));
  while (evaluation.versions.length < 3) addVersion(evaluation, undefined, orphanTime(), rng.uniform(12_000, 4_200_000));

  // More artifacts, for --artifacts > 5.
  for (let j = CORE_ARTIFACTS.length; j < artifactCount; j++) {
    const k = j - CORE_ARTIFACTS.length;
    const t = EXTRA_ARTIFACTS[k % EXTRA_ARTIFACTS.length];
    const lap = Math.floor(k / EXTRA_ARTIFACTS.length);
    const artifact = { name: lap ? `${t.name}-${lap + 1}` : t.name, type: t.type, versions: [] };
    artifacts.push(artifact);
    const count = rng.int(2, 6) + Math.floor(runCount / 2000);
    const producers = choose(rng, finishedOf(t.producers), count);
    const bytes = t.type === "model" ? 9e7 : t.type === "dataset" ? 6e8 : 2e5;
    for (const r of producers) addVersion(artifact, r, logTime(r) + 3000, bytes * rng.uniform(0.5, 2));
    while (artifact.versions.length < count) addVersion(artifact, undefined, orphanTime(), bytes * rng.uniform(0.5, 2));
  }

  for (const a of artifacts) {
    a.versions.sort((x, y) => x.createdAt - y.createdAt);
    a.versions.forEach((v, i) => {
      v.version = i;
      v.digest = "sha256:" + rng.chars("0123456789abcdef", 64);
    });
  }

  // --- What each run used ------------------------------------------------------------------------
  /** Versions of `artifact` created before `t`, oldest first. */
  const before = (artifact, t) => {
    const vs = artifact.versions;
    let lo = 0;
    let hi = vs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vs[mid].createdAt < t) lo = mid + 1;
      else hi = mid;
    }
    return vs.slice(Math.max(0, lo - 8), lo);
  };
  const newest = (artifact, t) => before(artifact, t).at(-1);
  const recent = (artifact, t) => {
    const vs = before(artifact, t).slice(-5);
    return rng.chance(0.6) ? vs.at(-1) : rng.pick(vs);
  };
  const use = (r, v) => {
    if (v && !r.used.includes(v)) r.used.push(v);
  };
  for (const r of runs) {
    const t = r.createdAt;
    if (r === run0) {
      use(r, data.versions[2]);
      use(r, newest(preprocessor, t));
    } else if (r === run1) {
      use(r, data.versions[3]);
      use(r, newest(preprocessor, t));
    } else if (r.jobType === "train") {
      const available = before(data, t);
      use(r, rng.chance(0.7) || available.length < 2 ? available.at(-1) : rng.pick(available.slice(0, -1)));
      if (rng.chance(0.8)) use(r, newest(preprocessor, t));
      if (rng.chance(0.12)) {
        const init = recent(model, t);
        if (init) {
          use(r, init);
          r.initFrom = init;
        }
      } else if (r.state !== "finished" && rng.chance(0.2)) {
        const resume = newest(checkpoint, t);
        if (resume) use(r, resume);
      }
    } else if (r.jobType === "sweep") {
      use(r, newest(data, t));
    } else if (r.jobType === "eval") {
      const m = r === run2 ? newest(model, t) : recent(model, t);
      use(r, m);
      if (r === run2 || rng.chance(0.5)) use(r, newest(preprocessor, t));
      r.evalModel = m;
    } else if (r.jobType === "preprocess") {
      if (rng.chance(0.5)) use(r, newest(data, t));
    } else if (rng.chance(0.3)) {
      use(r, recent(model, t));
    }
  }

  // --- Eval configs and metrics follow the model version they evaluated -------------------------
  for (const r of runs) {
    if (r.jobType !== "eval") continue;
    const m = r.evalModel;
    const producer = m && m.producer;
    const base = r.evalConfig || { batch_size: rng.pick([128, 256, 512]), split: rng.pick(["test", "test", "val"]), tta: rng.chance(0.3) };
    r.config = {
      model: producer ? producer.model : rng.weighted(MODEL_WEIGHTS),
      model_artifact: m ? `model:v${m.version}` : undefined,
      ...base,
    };
    if (!m) {
      // Nothing of ours to evaluate yet: a published checkpoint, as a baseline.
      delete r.config.model_artifact;
      r.config.weights = "imagenet-pretrained";
    }
    const acc = producer ? producer.metrics.accuracy - rng.uniform(-0.004, 0.012) : rng.uniform(0.82, 0.93);
    const accuracy = clamp(acc + (r.config.tta ? 0.003 : 0), 0.3, 0.99);
    r.metrics = { accuracy: round(accuracy, 4), valLoss: round((2.1 * (1 - accuracy) + 0.012) * Math.exp(0.15 * rng.normal()), 4) };
  }

  // --- Aliases -------------------------------------------------------------------------------------
  const accuracyOf = (v) => (v.producer && v.producer.state === "finished" && v.producer.metrics ? v.producer.metrics.accuracy : -1);
  const bestOf = (vs) => vs.reduce((b, v) => (b === undefined || accuracyOf(v) > accuracyOf(b) ? v : b), undefined);
  {
    const vs = model.versions;
    const latest = vs.at(-1);
    const older = vs.slice(0, -1);
    const production = bestOf(older.filter((v) => v.createdAt <= NOW - 7 * DAY)) || older[0];
    const staging = bestOf(older.filter((v) => v.createdAt > NOW - 7 * DAY && v !== production)) || older.filter((v) => v !== production).at(-1);
    const best = bestOf(vs);
    if (production) production.aliases.push("production");
    if (staging) staging.aliases.push("staging");
    latest.aliases.push("latest");
    best.aliases.push("best");
  }
  {
    const vs = checkpoint.versions;
    vs.at(-1).aliases.push("latest");
    bestOf(vs).aliases.push("best");
  }
  data.versions[3].aliases.push("latest");
  data.versions[2].aliases.push("stable");
  evaluation.versions.at(-1).aliases.push("latest");
  evaluation.versions[0].aliases.push("baseline");
  preprocessor.versions.at(-1).aliases.push("latest");
  for (const a of artifacts.slice(CORE_ARTIFACTS.length)) a.versions.at(-1).aliases.push("latest");

  // Newest first, as W&B lists runs.
  runs.reverse();
  return { runs, artifacts };
}

/** Job type, config, runtime and final metrics of a generic or running run. */
function fillGeneric(rng, r, seed) {
  const job = r.jobType;
  if (job === "train" || job === "sweep") {
    const config = configOf(seed, r);
    remember(r, config);
    r.metrics = trainMetrics(rng, config);
    const full = trainSeconds(rng, config);
    if (r.state === "running") {
      r.runtime = NOW - rng.uniform(15, 240) * 1000 - r.createdAt;
      r.progress = clamp(r.runtime / (full * 1000 * rng.uniform(1.1, 3)), 0.05, 0.95);
      if (r.runtime / 1000 > full) r.progress = rng.uniform(0.5, 0.95);
    } else if (r.state === "crashed") {
      r.progress = rng.uniform(0.05, 0.8);
      r.runtime = Math.max(130, full * r.progress) * 1000;
    } else if (r.state === "failed") {
      r.runtime = rng.uniform(40, 600) * 1000;
      r.progress = Math.min(0.04, r.runtime / 1000 / full);
    } else {
      r.runtime = full * 1000;
      r.progress = 1;
    }
    r.epochsDone = Math.floor(r.progress * r.epochs + 1e-9);
  } else if (job === "eval") {
    r.runtime = (r.state === "failed" ? rng.uniform(40, 300) : rng.uniform(120, 1500)) * 1000;
  } else if (job === "preprocess") {
    r.runtime = (r.state === "finished" ? rng.uniform(300, 3600) : rng.uniform(60, 900)) * 1000;
  } else {
    r.runtime = rng.uniform(60, 2400) * 1000;
  }
}

// ---------------------------------------------------------------------------------------------
// Expansion: a run's record, with its summary and history drawn from its own PRNG

function curve(start, end, t, k) {
  return end + (start - end) * ((Math.exp(-k * t) - Math.exp(-k)) / (1 - Math.exp(-k)));
}

function expandRun(seed, r) {
  const rng = new Rng(mix(seed, r.number));
  const record = { id: r.id };
  if (r.name !== undefined) record.name = r.name;
  record.user = r.user;
  if (r.jobType !== undefined) record.jobType = r.jobType;
  record.state = r.state;
  record.createdAt = iso(r.createdAt);
  record.heartbeatAt = iso(r.heartbeatAt);
  const config = configOf(seed, r);
  if (config) record.config = config;

  const job = r.jobType;
  let summary = {};
  let history;
  if ((job === "train" || job === "sweep") && r.metrics) {
    const { accuracy, valLoss, loss } = r.metrics;
    const epochs = r.epochs;
    const done = r.epochsDone;
    const k = rng.uniform(3, 6);
    // Validation loss bottoms out at `bottom` of the way through, then creeps up to its final
    // value, the more so without dropout.
    const bestVal = valLoss * (r.dropout < 0.1 ? rng.uniform(0.8, 0.92) : rng.uniform(0.9, 0.99));
    const bottom = rng.uniform(0.65, 0.92);
    const valAt = (t) =>
      t <= bottom ? curve(2.3, bestVal, t / bottom, k) : bestVal + ((valLoss - bestVal) * (t - bottom)) / (1 - bottom);
    const at = (e) => {
      const t = e / epochs;
      return { loss: curve(2.3, loss, t, k), accuracy: curve(0.1, accuracy, t, k), valLoss: valAt(t) };
    };
    const last = at(done);
    if (done >= 3 && !(r.state === "finished" && rng.chance(0.1) && r.role === "generic")) {
      const n = Math.min(done, rng.int(3, 20));
      history = [];
      for (let i = 0; i < n; i++) {
        const e = Math.max(1, Math.round(((i + 1) * done) / n));
        const p = at(e);
        const final = i === n - 1;
        const jitter = () => (final ? 1 : Math.exp(rng.normal() * 0.03));
        history.push({
          _step: e - 1,
          loss: round(p.loss * jitter(), 4),
          accuracy: round(clamp(p.accuracy * (final ? 1 : 1 + rng.normal() * 0.004), 0, 0.999), 4),
          val_loss: round(p.valLoss * jitter(), 4),
        });
      }
    }
    if (r.state === "finished") {
      // The curve falls until `bottom` and rises after it: its lowest epoch is next to it.
      const e0 = Math.max(1, Math.floor(bottom * epochs));
      let best = Math.min(valLoss, valAt(e0 / epochs), valAt(Math.min(epochs, e0 + 1) / epochs));
      if (history) for (const h of history) best = Math.min(best, h.val_loss);
      summary = {
        accuracy,
        val_loss: valLoss,
        best_val_loss: round(Math.min(best, valLoss), 4),
        loss,
        epoch: epochs,
        training_time_seconds: round(r.runtime / 1000 - rng.uniform(20, 90), 1),
      };
    } else if (done === 0) {
      summary = { loss: round(2.3 * rng.uniform(0.95, 1.05), 4), epoch: 0 };
    } else {
      const h = history && history.at(-1);
      summary = {
        accuracy: h ? h.accuracy : round(last.accuracy, 4),
        val_loss: h ? h.val_loss : round(last.valLoss, 4),
        loss: h ? h.loss : round(last.loss, 4),
        epoch: done,
      };
    }
  } else if (job === "eval") {
    if (r.state === "failed") summary = { examples_processed: rng.int(1, 40) * 256 };
    else {
      const { accuracy, valLoss } = r.metrics;
      const precision = clamp(accuracy + rng.normal() * 0.006, 0, 0.999);
      const recall = clamp(accuracy + rng.normal() * 0.008, 0, 0.999);
      summary = { accuracy, precision: round(precision, 4), recall: round(recall, 4), f1: round((2 * precision * recall) / (precision + recall), 4) };
      if (r.config.split === "val") summary.val_loss = valLoss;
      else summary.test_loss = valLoss;
      if (r.state === "finished") summary.num_examples = r.config.split === "val" ? 50_000 : 100_000;
    }
  } else if (job === "preprocess") {
    summary =
      r.state === "finished"
        ? { num_examples: rng.int(1_200_000, 1_450_000), num_classes: 1000, corrupt_images_dropped: rng.int(0, 340) }
        : { shards_written: rng.int(0, 40) };
  } else {
    summary = { rows_inspected: rng.pick([100, 500, 1000]) };
    if (rng.chance(0.5)) summary.mean_confidence = round(rng.uniform(0.7, 0.95), 4);
  }
  if (r.summaryShape === "absent") summary = undefined;
  if (r.summaryShape === "empty") summary = {};
  if (summary !== undefined) record.summary = summary;
  if (history) record.history = history;
  const ref = (v) => `${v.artifact.name}:v${v.version}`;
  if (r.logged.length) record.loggedArtifacts = r.logged.slice().sort((a, b) => a.createdAt - b.createdAt).map(ref);
  if (r.used.length) record.usedArtifacts = r.used.map(ref);
  return record;
}

function artifactRecords(artifacts) {
  return artifacts.map((a) => ({
    name: a.name,
    type: a.type,
    versions: a.versions.map((v) => ({
      version: v.version,
      aliases: v.aliases,
      digest: v.digest,
      size: v.size,
      createdAt: iso(v.createdAt),
    })),
  }));
}

function normalize(options = {}) {
  const o = { ...DEFAULTS };
  for (const key of ["runs", "artifacts", "seed"]) if (options[key] !== undefined) o[key] = options[key];
  if (!Number.isSafeInteger(o.runs) || o.runs < 0) throw new RangeError(`runs must be a non-negative integer, not ${o.runs}`);
  if (!Number.isSafeInteger(o.artifacts) || o.artifacts < CORE_ARTIFACTS.length) {
    throw new RangeError(`artifacts must be an integer of at least ${CORE_ARTIFACTS.length}, not ${o.artifacts}`);
  }
  if (!Number.isSafeInteger(o.seed)) throw new RangeError(`seed must be an integer, not ${o.seed}`);
  o.seed = o.seed >>> 0;
  return o;
}

function header(artifacts) {
  return {
    entity: ENTITY,
    project: PROJECT,
    users: USERS.map((u) => ({ ...u })),
    artifacts: artifactRecords(artifacts),
  };
}

/** The workspace as a plain object: what JSON.parse of the CLI's output gives. */
export function generateWorkspace(options) {
  const o = normalize(options);
  const { runs, artifacts } = plan(o);
  return { ...header(artifacts), runs: runs.map((r) => expandRun(o.seed, r)) };
}

/**
 * Writes the workspace to a writable stream as JSON.stringify(workspace, null, 2) plus a newline,
 * one run at a time; resolves once everything is handed to the stream.
 */
export async function writeWorkspace(options, stream) {
  const o = normalize(options);
  const { runs, artifacts } = plan(o);
  let buffer = [];
  let buffered = 0;
  const flush = async () => {
    if (!buffered) return;
    const chunk = buffer.join("");
    buffer = [];
    buffered = 0;
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once("drain", resolve));
  };
  const put = async (s) => {
    buffer.push(s);
    buffered += s.length;
    if (buffered > 1 << 20) await flush();
  };
  const head = JSON.stringify(header(artifacts), null, 2);
  await put(head.slice(0, -2)); // without the closing "\n}"
  if (runs.length === 0) await put(',\n  "runs": []');
  else {
    // Runs go out in batches; stringifying { runs: batch } indents them as the whole file would.
    const prefix = '{\n  "runs": [\n'.length;
    const suffix = "\n  ]\n}".length;
    await put(',\n  "runs": [\n');
    for (let i = 0; i < runs.length; i += 500) {
      const batch = runs.slice(i, i + 500).map((r) => expandRun(o.seed, r));
      const text = JSON.stringify({ runs: batch }, null, 2);
      await put((i ? ",\n" : "") + text.slice(prefix, text.length - suffix));
    }
    await put("\n  ]");
  }
  await put("\n}\n");
  await flush();
}

// ---------------------------------------------------------------------------------------------
// Command line

const USAGE = `usage: node examples/generate-workspace.mjs [options]

Writes a Weft workspace file (JSON) to standard output or to --out FILE.

  --runs N        number of runs (default ${DEFAULTS.runs})
  --artifacts N   number of artifacts, at least 5 (default ${DEFAULTS.artifacts})
  --seed S        integer seed; the same seed gives the same file (default ${DEFAULTS.seed})
  --out FILE      write to FILE instead of standard output
  -h, --help      show this help
`;

function parseArgs(argv) {
  const options = {};
  let out;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith("--") && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`);
      return argv[++i];
    };
    const integer = () => {
      const text = value();
      if (!/^-?\d+$/.test(text)) throw new Error(`${flag} needs an integer, not "${text}"`);
      return Number(text);
    };
    if (flag === "-h" || flag === "--help") return { help: true };
    else if (flag === "--runs") options.runs = integer();
    else if (flag === "--artifacts") options.artifacts = integer();
    else if (flag === "--seed") options.seed = integer();
    else if (flag === "--out" || flag === "-o") out = value();
    else throw new Error(`unknown option ${arg}`);
  }
  return { options, out };
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
    if (args.help) {
      process.stdout.write(USAGE);
      return;
    }
    normalize(args.options);
  } catch (e) {
    process.stderr.write(`generate-workspace: ${e.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const stream = args.out ? createWriteStream(args.out) : process.stdout;
  stream.on("error", (e) => {
    // A reader that stops early (`| head`) is no error.
    if (!args.out && e.code === "EPIPE") process.exit(0);
    process.stderr.write(`generate-workspace: ${e.message}\n`);
    process.exit(1);
  });
  await writeWorkspace(args.options, stream);
  if (args.out) await new Promise((resolve) => stream.end(resolve));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    process.stderr.write(`generate-workspace: ${e.stack || e}\n`);
    process.exitCode = 1;
  });
}
