// The repository's root folder, for tooling that reads or runs files in it
// whatever the current directory is. The web app never imports this.
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
