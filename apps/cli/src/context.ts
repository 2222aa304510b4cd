import type { Io } from "./io.js";

/** What every command gets: where to write, and how to set the exit code. */
export interface CommandContext {
  io: Io;
  setExitCode(code: number): void;
}
