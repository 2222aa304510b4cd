import { readFileSync } from "node:fs";

/**
 * The version of this package, read at run time from its package.json (one
 * folder up from src/ and dist/ alike). It goes into every plan key, so an
 * upgraded Yishi (new planner, profiles or shipped holidays) plans again.
 */
export const YISHI_VERSION: string = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
