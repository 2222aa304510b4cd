import { runCli } from "./main.js";
import type { Io } from "./io.js";

/** Runs the CLI as a test would: output captured, exit code returned (test-only; not built). */
export async function runCaptured(argv: string[], options: { isTty?: boolean } = {}): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`), isTty: options.isTty ?? false };
  const code = await runCli(argv, io);
  return { code, out, err };
}
