import { existsSync } from "node:fs";
import { Option, type Command } from "commander";
import { YishiError } from "@yishi/domain";
import { detectTableFormat, findFormForFile, writeFormCsv, writeFormXlsx } from "@yishi/tables";
import type { CommandContext } from "../context.js";
import { createFormatOption, printJson, type OutputFormat } from "../format-option.js";
import { writeFileAtomic } from "../io.js";

/**
 * `yishi template items.xlsx`: the empty form a department fills in (议题申报表,
 * or 人员名单 for people.xlsx), as a workbook or a CSV file, for a spec's
 * `imports`. A file already there is kept unless --force: it may be a filled-in form.
 */
export function registerTemplateCommand(program: Command, ctx: CommandContext): void {
  program
    .command("template")
    .description("write an empty form to fill in for a spec's imports: items.xlsx (议题申报表) or people.xlsx (人员名单), .xlsx or .csv")
    .argument("<file>", "the form to write: its name says which (people/人员 or items/议题) unless --form; .xlsx or .csv")
    .addOption(new Option("--form <form>", "which form, when the file name does not say").choices(["people", "items"]))
    .option("--force", "overwrite the file if it exists")
    .addOption(createFormatOption())
    .action(async (file: string, options: { form?: "people" | "items"; force?: boolean; format: OutputFormat }) => {
      const format = detectTableFormat(file);
      const form = findFormForFile(file, options.form);
      if (existsSync(file) && options.force !== true) throw new YishiError("OUTPUT_UNWRITABLE", `${file}: the file exists (it may be a filled-in form); give --force to overwrite it`, { file });
      writeFileAtomic(file, format === "xlsx" ? await writeFormXlsx(form) : writeFormCsv(form));
      const headers = form.columns.map((c) => c.header);
      if (options.format === "json") printJson(ctx.io, { file, form: form.list, sheet: form.sheet, columns: headers });
      else ctx.io.out(`${file}：${form.sheet}，${headers.length} 列（${headers.join("、")}）\n在 spec 中写 imports: { ${form.list}: ${file} } 引用此表 (list it in the spec's imports)`);
    });
}
