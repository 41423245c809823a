// CPU time of compiling guides as the loader does (src/kb/guide-mdx.ts), per guide, without the
// rest of the build: deno run -A bench/guide-compile.ts [guides=5000] [rounds=5]
import process from "node:process";
import { frontMatter } from "../src/kb/front-matter.ts";
import { compileGuide } from "../src/kb/guide-mdx.ts";
import { generateCorpus } from "./generate-corpus.ts";
import { workDir } from "./util.ts";

const guides = Number(Deno.args[0] ?? 5000);
const rounds = Number(Deno.args[1] ?? 5);
const corpus = `${workDir}/guide-compile-${guides}`;
await generateCorpus(corpus, guides);

const inputs: { source: string; bodyStart: number; lang: "en" | "es" }[] = [];
for (const lang of ["en", "es"] as const) {
  for (const entry of Deno.readDirSync(`${corpus}/guides/${lang}`)) {
    const file = `${corpus}/guides/${lang}/${entry.name}`;
    const source = Deno.readTextFileSync(file);
    inputs.push({ source, bodyStart: frontMatter(source, file).bodyStart, lang });
  }
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const features = { gfm: true, smartPunctuation: true };
const compileAll = () => {
  for (const { source, bodyStart, lang } of inputs) {
    const result = compileGuide(source, bodyStart, lang, features);
    if ("problems" in result) throw new Error(JSON.stringify(result.problems));
  }
};

compileAll(); // warm-up: loading, JIT
const perGuide: number[] = [];
for (let round = 0; round < rounds; round++) {
  const start = cpuMs();
  compileAll();
  perGuide.push((cpuMs() - start) / inputs.length);
}
const sorted = [...perGuide].sort((a, b) => a - b);
console.log(
  `${inputs.length} guides, ${rounds} rounds: CPU ms per guide ` +
    `${perGuide.map((ms) => ms.toFixed(3)).join(", ")}; median ` +
    `${sorted[Math.floor(rounds / 2)].toFixed(3)}; load ${Deno.loadavg()[0].toFixed(1)}`,
);
