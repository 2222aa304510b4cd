import { spawn } from "node:child_process";
import type { Command } from "commander";
import { YishiError } from "@yishi/domain";
import { startViewServer, type ViewServer } from "@yishi/web";
import type { CommandContext } from "../context.js";
import { loadPlanInputs } from "./load-plan-inputs.js";

interface ViewCliOptions {
  spec?: string;
  port: string;
  open: boolean;
}

/** Servers started by `yishi view` in this process; they keep it alive until Ctrl+C (tests close them). */
export const runningViewServers = new Set<ViewServer>();

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new YishiError("USAGE", `--port ${text}: expected a port number from 0 to 65535 (0 picks a free one)`);
  return port;
}

/** Opens the page in the desktop's browser; failing to is harmless (the URL is printed). */
function openBrowser(url: string): void {
  const [cmd, args] = process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  try {
    const child = spawn(cmd, args as string[], { detached: true, stdio: "ignore" });
    child.on("error", () => undefined);
    child.unref();
  } catch {
    // No opener on this machine: the printed URL is enough.
  }
}

export function registerViewCommand(program: Command, ctx: CommandContext): void {
  program
    .command("view")
    .description("the planner's workbench in the browser: move meetings, edit agendas, change duties and add facts, with every edit judged against the rules; re-plan, save and download (serves on 127.0.0.1)")
    .argument("<plan>", "plan JSON written by `yishi plan`")
    .option("--spec <file>", "the spec the plan was made from: names, rooms, holiday files, and the rules the plan is judged by (without it the page says the plan was not checked)")
    .option("--port <n>", "port to listen on; 0 picks a free one", "0")
    .option("--no-open", "do not open a browser, only print the address")
    .action(async (planFile: string, options: ViewCliOptions) => {
      const port = parsePort(options.port);
      const { plan, spec, calendar, verdict } = await loadPlanInputs(ctx, planFile, options.spec);
      const server = await startViewServer({ plan, spec, calendar, verdict, port, planFile });
      runningViewServers.add(server);
      ctx.io.out(`${server.url}`);
      if (ctx.io.isTty) ctx.io.err("按 Ctrl+C 停止 (Ctrl+C to stop)");
      if (options.open) openBrowser(server.url);
    });
}
