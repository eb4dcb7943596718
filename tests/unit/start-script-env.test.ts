import { describe, expect, it } from "vitest";
import { startScriptEnv } from "../helpers/start-script-env";

const pkg = (start: string) => JSON.stringify({ scripts: { start } });

describe("startScriptEnv: the environment npm start gives the server", () => {
  it("reads quoted and bare assignments before next start", () => {
    expect(startScriptEnv(pkg("NODE_OPTIONS='--a=1 --b' MALLOC_ARENA_MAX=2 X=\"y z\" next start -p 3000"))).toEqual({
      NODE_OPTIONS: "--a=1 --b",
      MALLOC_ARENA_MAX: "2",
      X: "y z",
    });
    expect(startScriptEnv(pkg("next start"))).toEqual({});
  });

  it("refuses a start script that does not end in next start", () => {
    expect(() => startScriptEnv(pkg("A=1 node server.js"))).toThrow(/does not run next start/);
  });

  it("this repository's start script bounds V8's heap and glibc's arenas (issue 13)", () => {
    const env = startScriptEnv();
    expect(env.NODE_OPTIONS).toMatch(/--max-semi-space-size=\d+ --max-old-space-size=\d+/);
    expect(env.MALLOC_ARENA_MAX).toBe("2");
  });
});
