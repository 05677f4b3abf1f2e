// Checks every furigana reading in the app against a morphological analyser (kuromoji with its
// bundled IPADIC dictionary): a ruby reading must equal the analyser's reading of its base, in the
// sentence or on its own, or be listed with a reason in exceptions.json. Prints how many readings
// were checked and how; exits non-zero on any mismatch or on an exception nothing uses any more.
//
// Texts with readings are found wherever they live: every JSON string in public/data/*.json and
// every string literal in the translation catalogue (src/i18n*.rs, src/i18n/*.rs) that holds the
// Aozora ruby notation (｜漢字《かんじ》 or 漢字《かんじ》).
//
// Usage: node tests/readings/check-readings.mjs [--root DIR] [--only FILE.json] [--exceptions FILE]
// (--only checks one data file and skips the catalogue and the unused-exception check.)

import { createRequire } from "node:module";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const kuromoji = require("kuromoji");

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = option("--root") ?? join(here, "..", "..");
const only = option("--only");

const isKanji = (c) => /[\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF々〆]/.test(c);
const toHiragana = (s) =>
  s.replace(/[\u30A1-\u30F6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** Parses the notation into the base text and its ruby spans (UTF-16 offsets into the base text). */
export function parseRuby(src) {
  let base = "";
  const spans = [];
  let bar = null;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "｜") {
      bar = base.length;
    } else if (c === "《") {
      const close = src.indexOf("》", i + 1);
      if (close < 0) throw new Error(`《 at ${i} is never closed`);
      const reading = src.slice(i + 1, close);
      let start;
      if (bar !== null) {
        start = bar;
        bar = null;
      } else {
        start = base.length;
        while (start > 0 && isKanji(base[start - 1])) start--;
      }
      if (start === base.length) throw new Error(`reading at ${i} has no base`);
      spans.push({ start, end: base.length, base: base.slice(start), reading });
      i = close;
    } else {
      base += c;
    }
  }
  return { base, spans };
}

function collectTexts() {
  const texts = [];
  const dataDir = join(root, "public", "data");
  const files = only
    ? [only.split("/").pop()].filter((f) => f.endsWith(".json"))
    : readdirSync(dataDir).filter((f) => f.endsWith(".json")).sort();
  for (const file of files) {
    const walk = (value, path) => {
      if (typeof value === "string") {
        if (value.includes("《")) texts.push({ where: `${file}${path}`, text: value });
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => walk(v, `${path}[${i}]`));
      } else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      }
    };
    walk(JSON.parse(readFileSync(join(dataDir, file), "utf8")), "");
  }
  const rustFiles = only ? [] : [join(root, "src", "i18n.rs")];
  if (only?.endsWith(".rs")) rustFiles.push(join(root, only));
  const i18nDir = join(root, "src", "i18n");
  if (!only && existsSync(i18nDir)) {
    for (const f of readdirSync(i18nDir).filter((f) => f.endsWith(".rs")).sort()) {
      rustFiles.push(join(i18nDir, f));
    }
  }
  for (const file of rustFiles) {
    const lines = readFileSync(file, "utf8").split("\n");
    lines.forEach((line, n) => {
      for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
        if (m[1].includes("《")) {
          texts.push({ where: `${file.slice(root.length + 1)}:${n + 1}`, text: m[1] });
        }
      }
    });
  }
  return texts;
}

function readingOf(tokens) {
  return tokens
    .map((t) => toHiragana(t.reading && t.reading !== "*" ? t.reading : t.surface_form))
    .join("");
}

const tokenizer = await new Promise((resolve, reject) =>
  kuromoji
    .builder({ dicPath: join(root, "node_modules", "kuromoji", "dict") })
    .build((err, t) => (err ? reject(err) : resolve(t))),
);

const exceptionsFile = option("--exceptions") ?? join(here, "exceptions.json");
const exceptions = JSON.parse(readFileSync(exceptionsFile, "utf8"));
for (const e of exceptions) {
  if (!e.base || !e.reading || !e.reason) {
    throw new Error(`exceptions.json: every entry needs base, reading and reason: ${JSON.stringify(e)}`);
  }
}
const used = new Set();

let total = 0;
let inContext = 0;
let alone = 0;
let excepted = 0;
const failures = [];

for (const { where, text } of collectTexts()) {
  let parsed;
  try {
    parsed = parseRuby(text);
  } catch (e) {
    failures.push(`${where}: ${e.message}: ${text}`);
    continue;
  }
  const { base, spans } = parsed;
  const tokens = tokenizer.tokenize(base).map((t) => ({
    ...t,
    start: t.word_position - 1,
    end: t.word_position - 1 + t.surface_form.length,
  }));
  const passed = new Set();
  // Group each ruby with the tokens it overlaps, and with other rubies inside those tokens, so
  // that okurigana and compounds (｜取《と》り｜組《く》み) are compared as the analyser reads them.
  for (let i = 0; i < spans.length; i++) {
    if (passed.has(i)) continue;
    let lo = spans[i].start;
    let hi = spans[i].end;
    let group = new Set([i]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const t of tokens) {
        if (t.start < hi && t.end > lo && (t.start < lo || t.end > hi)) {
          lo = Math.min(lo, t.start);
          hi = Math.max(hi, t.end);
          changed = true;
        }
      }
      spans.forEach((s, j) => {
        if (!group.has(j) && s.start < hi && s.end > lo) {
          group.add(j);
          lo = Math.min(lo, s.start);
          hi = Math.max(hi, s.end);
          changed = true;
        }
      });
    }
    let expected = "";
    let pos = lo;
    for (const j of [...group].sort((a, b) => spans[a].start - spans[b].start)) {
      expected += toHiragana(base.slice(pos, spans[j].start)) + spans[j].reading;
      pos = spans[j].end;
    }
    expected += toHiragana(base.slice(pos, hi));
    const actual = readingOf(tokens.filter((t) => t.start >= lo && t.end <= hi));
    if (expected === actual) {
      for (const j of group) passed.add(j);
    }
  }
  spans.forEach((s, i) => {
    total++;
    if (passed.has(i)) {
      inContext++;
      return;
    }
    const own = readingOf(tokenizer.tokenize(s.base));
    if (own === s.reading) {
      alone++;
      return;
    }
    // An entry with `in` applies only where the text's base contains that string (a compound
    // whose sound changes, 保険会社 → ほけんがいしゃ, without excusing 会社 everywhere).
    const e = exceptions.findIndex(
      (x) => x.base === s.base && x.reading === s.reading && (!x.in || base.includes(x.in)),
    );
    if (e >= 0) {
      used.add(e);
      excepted++;
      return;
    }
    failures.push(
      `${where}: ${s.base}《${s.reading}》 — the analyser reads ${s.base} as 「${own}」` +
        ` (in the sentence: 「${readingOf(tokens.filter((t) => t.start < s.end && t.end > s.start))}」)`,
    );
  });
}

const unused = only ? [] : exceptions.filter((_, i) => !used.has(i));
for (const e of unused) {
  failures.push(`exceptions.json: ${e.base}《${e.reading}》 is used by no text any more; remove it`);
}

console.log(
  `furigana: ${total} readings checked against kuromoji (IPADIC): ${inContext} match in their sentence, ` +
    `${alone} match the base read alone, ${excepted} are reviewed exceptions ` +
    `(${exceptions.length} entries in tests/readings/exceptions.json)`,
);
if (failures.length > 0) {
  console.error(`${failures.length} problem(s):\n${failures.join("\n")}`);
  process.exit(1);
}
