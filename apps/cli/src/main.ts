import { Command, CommanderError } from "commander";
import { isYishiError, watchInputEncodings, type DecodedText } from "@yishi/domain";
import { EXIT } from "./exit-codes.js";
import { processIo, type Io } from "./io.js";
import type { CommandContext } from "./context.js";
import { CLI_VERSION } from "./cli-version.js";
import { addJsonAliases } from "./format-option.js";
import { renderYishiError } from "./render-yishi-error.js";
// Each command lives in src/commands/<name>.ts and registers itself below.
import { registerCalendarCommand } from "./commands/calendar.js";
import { registerWorkdaysCommand } from "./commands/workdays.js";
import { registerExportCommand } from "./commands/export.js";
import { registerViewCommand } from "./commands/view.js";
import { registerPlanCommand } from "./commands/plan.js";
import { registerReplanCommand } from "./commands/replan.js";
import { registerRosterCommand } from "./commands/roster.js";
import { registerProfilesCommand } from "./commands/profiles.js";
import { registerCheckCommand } from "./commands/check.js";
import { registerAgendaCommand } from "./commands/agenda.js";
import { registerValidateCommand } from "./commands/validate.js";
import { registerBatchCommand } from "./commands/batch.js";
import { registerWorkerCommand } from "./commands/worker.js";
import { registerTemplateCommand } from "./commands/template.js";

/** Builds the program; commands write through `ctx.io` so tests can capture output. */
export function createProgram(ctx: CommandContext): Command {
  const { io } = ctx;
  const program = new Command("yishi")
    .description("议事 Yishi: plan and check a government's standing meetings, duty rosters and agendas")
    .version(CLI_VERSION)
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride();
  // --- command registrations (one line each) ---
  registerCalendarCommand(program, ctx);
  registerWorkdaysCommand(program, ctx);
  registerExportCommand(program, ctx);
  registerViewCommand(program, ctx);
  registerPlanCommand(program, ctx);
  registerReplanCommand(program, ctx);
  registerRosterCommand(program, ctx);
  registerProfilesCommand(program, ctx);
  registerCheckCommand(program, ctx);
  registerAgendaCommand(program, ctx);
  registerValidateCommand(program, ctx);
  registerBatchCommand(program, ctx);
  registerWorkerCommand(program, ctx);
  registerTemplateCommand(program, ctx);
  addJsonAliases(program);
  return program;
}

/** Runs the CLI and returns the exit code; user mistakes never print a stack trace. */
export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.OK;
  const program = createProgram({ io, setExitCode: (c) => (code = c) });
  const told = new Set<string>();
  const tellEncoding = (file: string, decoded: DecodedText) => {
    if (told.has(file)) return;
    told.add(file);
    io.err(describeEncoding(file, decoded));
  };
  try {
    await watchInputEncodings(tellEncoding, () => program.parseAsync(argv, { from: "user" }));
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0) return EXIT.OK;
      return EXIT.BAD_INPUT;
    }
    if (isYishiError(error)) {
      io.err(renderYishiError(error));
      return error.code === "INFEASIBLE" ? EXIT.INFEASIBLE : error.code === "QUEUE_UNREACHABLE" ? EXIT.UNAVAILABLE : EXIT.BAD_INPUT;
    }
    io.err(`yishi: internal error (a bug; please report it):\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.INTERNAL;
  }
}

/** `读取 spec.yaml：GB18030 编码 / read spec.yaml as GB18030`: said on stderr for every input that was not UTF-8. */
export function describeEncoding(file: string, decoded: DecodedText): string {
  return `读取 ${file}：${decoded.encoding} 编码 / read ${file} as ${decoded.encoding}`;
}

