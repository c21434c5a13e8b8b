// Ajv 8 (draft 2020-12, strict, allErrors, with ajv-formats) on the
// committed schema and the documents of the Go benchmarks, timed the way
// go test -bench times, and printed in its format so that one tool reads
// both:
//
//	node bench.mjs bench -schema FILE [-count 5] [-benchtime 1s] [-procs N] DOC.json...
//	node bench.mjs check -schema FILE DOC.json...
//
// bench prints, for each document named NAME.json, the lines
// BenchmarkAjvParseValidate/NAME-N (JSON.parse of the text, then
// validate) and BenchmarkAjvValidate/NAME-N (validate of the value
// already parsed), one line per batch, with the time on the clock (ns/op)
// and the processor time of the process's threads (cpu-ns/op). The schema is compiled once. Each
// measurement first runs for a second or -benchtime untimed, to warm up
// V8's compilers, then grows its batch, as go test does, until one batch
// takes -benchtime, then times -count batches of that size after a
// garbage collection each. The text is read and decoded to a string
// outside the timing. N is -procs, by default the number of processors,
// as GOMAXPROCS is in Go's names.
//
// check prints "valid NAME" or "invalid NAME: reason" for each document.

import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename } from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// gc collects garbage before each batch, as go test does before each
// benchmark; without --expose-gc it is turned on here.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");

function usage(message) {
  console.error(message);
  console.error("usage: node bench.mjs bench|check -schema FILE [-count N] [-benchtime D] [-procs N] DOC.json...");
  process.exit(2);
}

function parseArgs(argv) {
  const [mode, ...rest] = argv;
  if (mode !== "bench" && mode !== "check") usage(`unknown mode ${mode}`);
  const opts = { mode, count: 1, benchtimeNs: 1e9, procs: availableParallelism(), files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      if (i + 1 >= rest.length) usage(`${a} needs a value`);
      return rest[++i];
    };
    switch (a) {
      case "-schema": opts.schema = value(); break;
      case "-count": opts.count = Number(value()); break;
      case "-benchtime": opts.benchtimeNs = duration(value()); break;
      case "-procs": opts.procs = Number(value()); break;
      default:
        if (a.startsWith("-")) usage(`unknown flag ${a}`);
        opts.files.push(a);
    }
  }
  if (!opts.schema) usage("-schema is required");
  if (!(opts.count >= 1)) usage("-count must be at least 1");
  return opts;
}

// duration reads a Go duration of one unit, like 500ms or 2s, in
// nanoseconds.
function duration(s) {
  const m = /^([0-9.]+)(ns|us|µs|ms|s)$/.exec(s);
  if (!m) usage(`-benchtime ${s}: want a duration like 500ms or 1s`);
  const unit = { ns: 1, us: 1e3, "µs": 1e3, ms: 1e6, s: 1e9 }[m[2]];
  return Number(m[1]) * unit;
}

function compile(schemaFile) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
}

function docName(file) {
  return basename(file).replace(/\.json$/, "");
}

// timeBatch runs fn n times after a garbage collection and returns the
// nanoseconds it took.
function timeBatch(fn, n) {
  return timeBatchCPU(fn, n).ns;
}

// timeBatchCPU runs fn n times after a garbage collection and returns the
// nanoseconds it took on the clock and of processor time, in all the
// process's threads, as cpu-ns/op of the Go benchmarks counts it.
function timeBatchCPU(fn, n) {
  gc();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  const ns = Number(process.hrtime.bigint() - start);
  const used = process.cpuUsage(cpu);
  return { ns, cpuNs: (used.user + used.system) * 1000 };
}

// batchSize grows n, as go test grows b.N, until a batch of fn takes
// benchtimeNs.
function batchSize(fn, benchtimeNs) {
  let n = 1;
  for (;;) {
    const ns = timeBatch(fn, n);
    if (ns >= benchtimeNs || n >= 1e9) return n;
    const perOp = Math.max(ns / n, 1);
    let next = Math.ceil((1.2 * benchtimeNs) / perOp);
    next = Math.min(Math.max(next, n + 1), 100 * n);
    n = next;
  }
}

// warmUpNs is how long fn runs untimed before it is measured, so that
// V8 has compiled the hot paths of Ajv and of the validator it generated
// with its optimizing compiler: without it the first batch of a short
// -benchtime takes several times as long as the ones after it.
const warmUpNs = 1e9;

function warmUp(fn, ns) {
  const start = process.hrtime.bigint();
  do fn(); while (Number(process.hrtime.bigint() - start) < ns);
}

function measure(name, fn, opts) {
  warmUp(fn, Math.max(warmUpNs, opts.benchtimeNs));
  const n = batchSize(fn, opts.benchtimeNs);
  for (let c = 0; c < opts.count; c++) {
    const { ns, cpuNs } = timeBatchCPU(fn, n);
    const label = `${name}-${opts.procs}`;
    console.log(`${label.padEnd(48)}\t${String(n).padStart(10)}\t${(ns / n).toFixed(0).padStart(12)} ns/op\t${(cpuNs / n).toFixed(0).padStart(12)} cpu-ns/op`);
  }
}

function bench(opts) {
  const validate = compile(opts.schema);
  for (const file of opts.files) {
    const name = docName(file);
    const text = readFileSync(file, "utf8");
    const value = JSON.parse(text);
    if (!validate(value)) {
      throw new Error(`${name} is not valid: ${JSON.stringify(validate.errors.slice(0, 3))}`);
    }
    let valid = true;
    measure(`BenchmarkAjvParseValidate/${name}`, () => {
      valid = validate(JSON.parse(text)) && valid;
    }, opts);
    measure(`BenchmarkAjvValidate/${name}`, () => {
      valid = validate(value) && valid;
    }, opts);
    if (!valid) throw new Error(`${name} failed validation while timed`);
  }
}

function check(opts) {
  const validate = compile(opts.schema);
  for (const file of opts.files) {
    const name = docName(file);
    let value;
    try {
      value = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      console.log(`invalid ${name}: ${e.message}`);
      continue;
    }
    if (validate(value)) {
      console.log(`valid ${name}`);
    } else {
      const e = validate.errors[0];
      console.log(`invalid ${name}: ${e.instancePath} ${e.message}`);
    }
  }
}

const opts = parseArgs(process.argv.slice(2));
if (opts.mode === "bench") bench(opts);
else check(opts);
