// Reproduces the cost found in the build profile without Astro: a Rolldown build whose modules
// each pass through JavaScript plugin hooks, timed in CPU seconds. Run it under Deno and under
// Node to compare how each runtime carries Rolldown's calls from its threads into JavaScript:
//
//   deno run -A bench/rolldown-hooks.mjs 1000 10     (modules, no-op plugins)
//   node bench/rolldown-hooks.mjs 1000 10
//
// Plain JavaScript so that Node 20 runs it as is; Rolldown comes from the project's node_modules.
import { readdirSync } from "node:fs";
import process from "node:process";

const store = new URL("../node_modules/.deno/", import.meta.url);
const version = readdirSync(store).find((name) => name.startsWith("rolldown@"));
const { rolldown } = await import(
  new URL(`${version}/node_modules/rolldown/dist/index.mjs`, store).href
);

const modules = Number(process.argv[2] ?? 1000);
const plugins = Number(process.argv[3] ?? 10);
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

// Plugins that do nothing: the cost measured is the runtime's, not theirs.
const noop = Array.from({ length: plugins }, (_, i) => ({
  name: `noop-${i}`,
  resolveId: () => null,
  load: () => null,
  transform: () => null,
}));
// One entry importing every module lazily, as Astro's content layer imports each MDX guide.
const source = {
  name: "source",
  resolveId: (id) => (id === "entry" || id.startsWith("page-") ? `\0${id}` : null),
  load(id) {
    if (id === "\0entry") {
      return Array.from(
        { length: modules },
        (_, i) => `export const p${i} = () => import("page-${i}");`,
      )
        .join("\n");
    }
    return id.startsWith("\0page-")
      ? `export default ${JSON.stringify(`${id} `.repeat(200))};`
      : null;
  },
};

const started = cpuSeconds();
const wall = performance.now();
const bundle = await rolldown({ input: "entry", plugins: [...noop, source], logLevel: "silent" });
const { output } = await bundle.generate({ format: "esm" });
const runtime = globalThis.Deno
  ? `deno ${globalThis.Deno.version.deno}`
  : `node ${process.version}`;
console.log(
  `${runtime}: ${modules} modules, ${plugins} plugins, ${output.length} chunks: ` +
    `${(cpuSeconds() - started).toFixed(2)} s CPU, ${
      ((performance.now() - wall) / 1000).toFixed(2)
    } s wall, ` +
    `load average ${(await import("node:os")).loadavg()[0].toFixed(1)}`,
);
