export { runCli, createProgram, renderYishiError } from "./main.js";
export { EXIT } from "./exit-codes.js";
export type { Io } from "./io.js";
export { writeFileAtomic, writeFilesAtomic } from "./io.js";
export type { CommandContext } from "./context.js";
