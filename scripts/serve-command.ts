// How every script starts the production web server (scripts/serve.ts):
// `npm start`, the browser tests' server, the fault drills and the benchmarks
// all run the same thing a deployment runs.
import path from "node:path";
import { projectRoot } from "./support/project-root";

/** The command line (node and its arguments) that serves the built site on host:port; run it with cwd = the project. */
export function serveCommand(port: number | string, host = "127.0.0.1", nodeArgs: string[] = []): string[] {
  return [process.execPath, ...nodeArgs, "--import", "tsx", path.join(projectRoot, "scripts", "serve.ts"), "-p", String(port), "-H", host];
}
