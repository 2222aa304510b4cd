export { runCli, createProgram } from "./main.js";
export { renderYishiError } from "./render-yishi-error.js";
export { EXIT } from "./exit-codes.js";
export type { Io } from "./io.js";
export { writeFileAtomic, writeFilesAtomic } from "./io.js";
export type { CommandContext } from "./context.js";
