import { readFileSync } from "node:fs";

/**
 * The environment `npm start` gives the server: the NAME=value assignments before `next start` in package.json's start
 * script (V8 and glibc settings that keep its memory small, issue 13). The tests and the bench start Next's CLI
 * directly, so they read them from here, and measure the server a user runs.
 */
export function startScriptEnv(packageJson = readFileSync("package.json", "utf8")): Record<string, string> {
  const script = (JSON.parse(packageJson) as { scripts?: { start?: string } }).scripts?.start ?? "";
  const env: Record<string, string> = {};
  const assignment = /^\s*([A-Za-z_][A-Za-z0-9_]*)=('([^']*)'|"([^"]*)"|(\S*))/;
  let rest = script;
  for (let m = assignment.exec(rest); m; m = assignment.exec(rest)) {
    env[m[1]!] = m[3] ?? m[4] ?? m[5] ?? "";
    rest = rest.slice(m[0].length);
  }
  if (!/^\s*next start\b/.test(rest)) throw new Error(`package.json's start script does not run next start: ${script}`);
  return env;
}
