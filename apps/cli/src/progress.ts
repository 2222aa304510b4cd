import type { Io } from "./io.js";

/** A one-line progress display on stderr; silent when stdout is not a terminal (piped, CI, tests). */
export interface Progress {
  /** Shows `label (done/total)`, replacing the previous line. */
  update(label: string, done?: number, total?: number): void;
  /** Clears the line (nothing is left behind, so the command's own output follows cleanly). */
  done(): void;
}

const UP_AND_CLEAR = "\x1b[1A\x1b[2K";

/**
 * `createProgress(io)` for commands that take more than a moment. Each
 * update moves the cursor up over the previous line (Io writes whole lines),
 * so a terminal shows one changing line.
 */
export function createProgress(io: Pick<Io, "err" | "isTty">): Progress {
  let shown = false;
  return {
    update(label, done, total) {
      if (!io.isTty) return;
      const count = done === undefined ? "" : total === undefined ? ` (${done})` : ` (${done}/${total})`;
      io.err(`${shown ? UP_AND_CLEAR : ""}${label}${count}`);
      shown = true;
    },
    done() {
      if (!io.isTty || !shown) return;
      io.err(`${UP_AND_CLEAR}\x1b[1A`);
      shown = false;
    },
  };
}
