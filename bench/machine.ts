// The machine a benchmark ran on: hardware, OS and tool versions.
import { chromiumPath, run, table } from "./util.ts";

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  ramGiB: string;
  os: string;
  kernel: string;
  versions: Record<string, string>;
}

const firstLine = (text: string) =>
  text.split("\n").map((l) => l.trim()).find((l) => l && !l.includes("unexpected operator")) ??
    "";

async function version(cmd: string[]): Promise<string> {
  try {
    return firstLine(await run(cmd)) || "unknown";
  } catch {
    return "not installed";
  }
}

async function packageVersion(name: string): Promise<string> {
  try {
    const path = new URL(`../node_modules/${name}/package.json`, import.meta.url);
    return JSON.parse(await Deno.readTextFile(path)).version;
  } catch {
    return "not installed";
  }
}

export async function machine(): Promise<Machine> {
  const cpuinfo = await Deno.readTextFile("/proc/cpuinfo").catch(() => "");
  const osRelease = await Deno.readTextFile("/etc/os-release").catch(() => "");
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpu: cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? "unknown",
    cores: navigator.hardwareConcurrency,
    ramGiB: (Deno.systemMemoryInfo().total / 1024 ** 3).toFixed(1),
    os: osRelease.match(/^PRETTY_NAME="?([^"\n]+)"?$/m)?.[1] ?? Deno.build.os,
    kernel: Deno.osRelease(),
    versions: {
      deno: Deno.version.deno,
      chromium: await version([chromiumPath, "--version"]),
      nginx: (await version(["nginx", "-v"])).replace(/^nginx version:\s*/, ""),
      wrk: (await version(["wrk", "-v"])).replace(/\s*Copyright.*$/, ""),
      astro: await packageVersion("astro"),
      pagefind: await packageVersion("pagefind"),
      lighthouse: await packageVersion("lighthouse"),
      "@playwright/test": await packageVersion("@playwright/test"),
    },
  };
}

export function machineReport(m: Machine): string {
  return table(["", ""], [
    ["date (UTC)", m.date],
    ["CPU", m.cpu],
    ["cores (logical)", m.cores],
    ["RAM", `${m.ramGiB} GiB`],
    ["OS", `${m.os}, kernel ${m.kernel}`],
    ...Object.entries(m.versions),
  ]);
}
