import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join, resolve } from "node:path";

const INSTALL_SCRIPT = resolve(import.meta.dirname, "../../.ci/install-cbc.sh");

/** The `cbc` binary on PATH (or YISHI_CBC), or undefined. */
export function findCbc(): string | undefined {
  const candidates = process.env.YISHI_CBC ? [process.env.YISHI_CBC] : (process.env.PATH ?? "").split(delimiter).filter(Boolean).map((dir) => join(dir, "cbc"));
  return candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The `cbc` binary, installed first by .ci/install-cbc.sh when absent (the
 * bench only: no test needs it). Undefined, with the reason on stderr, when
 * it cannot be had: the bench then runs without it.
 */
export function findOrInstallCbc(): string | undefined {
  const found = findCbc();
  if (found) return found;
  process.stderr.write(`bench: CBC not found; installing Debian's coinor-cbc (${INSTALL_SCRIPT})\n`);
  const install = spawnSync("bash", [INSTALL_SCRIPT], { stdio: ["ignore", "inherit", "inherit"] });
  const installed = findCbc();
  if (!installed) process.stderr.write(`bench: CBC could not be installed (exit ${install.status ?? install.signal}); the CBC columns stay empty. Run, as root: bash .ci/install-cbc.sh\n`);
  return installed;
}
