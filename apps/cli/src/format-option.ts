import { Option, type Command } from "commander";
import type { Io } from "./io.js";

export type OutputFormat = "text" | "json";

/** `--format text|json`: how every command that prints a result is asked for data instead of text. */
export function createFormatOption(): Option {
  return new Option("--format <format>", "output format (json: the result as data on stdout; messages stay on stderr)").choices(["text", "json"]).default("text");
}

/**
 * Gives every command with a `--format` that offers json the short form
 * `--json` (= `--format json`), so scripts can write the same flag for any
 * command. Added over the whole tree once every command is registered.
 */
export function addJsonAliases(command: Command): void {
  const format = command.options.find((o) => o.long === "--format");
  if (format?.argChoices?.includes("json") && !command.options.some((o) => o.long === "--json")) {
    command.addOption(new Option("--json", "same as --format json").implies({ format: "json" }));
  }
  for (const sub of command.commands) addJsonAliases(sub);
}

/** The result as data: indented JSON, one document on stdout. */
export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
