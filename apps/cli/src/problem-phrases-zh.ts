/**
 * The Chinese of the problems Yishi's packages report about an input. Those
 * packages describe a problem in English built from fixed templates (a zod
 * issue code turned into "wrong type", "required field is missing"; a
 * reference check's "unknown person"; a form's "not a date"), with what was
 * expected and what was found as separate fields. Each template has its
 * Chinese here, keyed by the template's shape and filled with the same
 * values (ids, numbers, field names, file names stay as they are): a fixed
 * table of our own sentences, not a translation of arbitrary text. Another
 * library's own sentence (a YAML or JSON parser's complaint, a workbook
 * reader's) is quoted as it is, marked 解析器原文 / 读取器原文, so nothing is
 * lost or guessed; a sentence of ours with no template here shows as 原文.
 */

type Phrase = readonly [pattern: RegExp, zh: (...groups: string[]) => string];

/** Kinds of things a spec's ids refer to, as the reference checks name them. */
const THINGS: Record<string, string> = {
  person: "人员",
  unit: "单位",
  room: "会议室",
  body: "会议机构",
  series: "会议系列",
  meeting: "会议",
  "recurring duty": "轮值",
};
const thing = (en: string) => THINGS[en] ?? en;

/** zod's type names, as `expected` carries them. */
const TYPES: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  bigint: "整数",
  boolean: "true 或 false",
  array: "列表",
  object: "对象（键值表）",
  record: "对象（键值表）",
  date: "日期",
  null: "null",
  undefined: "空",
  nan: "NaN",
};

/** `, … (12 in all)` / `e.g. a, b, … 12 in all` / `there are none`, the tails of listed ids. */
function translateListTail(text: string): string {
  return text
    .replace(/^there are none$/, "一个也没有")
    .replace(/^e\.g\. (.*), … (\d+) in all$/, "如 $1 等，共 $2 个")
    .replace(/, … \((\d+) in all\)/, " 等（共 $1 个）");
}

/** Problem sentences: the English template, its Chinese with the same values. */
const MESSAGES: readonly Phrase[] = [
  // Shape (zod, via @yishi/domain's validate-input).
  [/^wrong type$/, () => "类型不对"],
  [/^required field is missing$/, () => "缺少必填字段"],
  [/^unknown fields? (.+?)( \(a typo\?\))?$/, (list, typo) => `未知字段 ${translateUnknownFields(list)}${typo === undefined ? "" : "（是否拼写错误？）"}`],
  [/^not one of the allowed values$/, () => "不是允许的取值"],
  [/^does not match any allowed form$/, () => "不符合任何一种允许的写法"],
  [/^too few entries$/, () => "条目太少"],
  [/^too many entries$/, () => "条目太多"],
  [/^too short$/, () => "太短"],
  [/^too long$/, () => "太长"],
  [/^too small$/, () => "太小"],
  [/^too big$/, () => "太大"],
  [/^not an allowed step$/, () => "不是允许的步长"],
  [/^wrong format$/, () => "格式不对"],
  [/^… and (\d+) more problems? \(fix these first\)$/, (n) => `……另有 ${n} 个问题（请先改正以上问题）`],
  // The spec's own rules (schemas' sentences).
  [/^not a real calendar date$/, () => "不是真实存在的日期"],
  [/^year outside the supported years (.+)$/, (years) => `年份不在支持的 ${years} 年之内`],
  [/^ids contain no spaces$/, () => "id 不能含空格"],
  [/^is before `(\w+)`$/, (field) => `早于 \`${field}\``],
  [/^is not after `(\w+)`$/, (field) => `不晚于 \`${field}\``],
  [/^an? (absence|blackout|range) of (\d+) days is too long; split it or give only the part that matters$/, (what, days) => `${{ absence: "请假", blackout: "停会期", range: "日期范围" }[what]}长达 ${days} 天，过长；请拆分，或只写出相关的部分`],
  [/^a period of (\d+) days is too long$/, (days) => `期间长达 ${days} 天，过长`],
  [/^give exactly one of `(\w+)` and `(\w+)`$/, (a, b) => `\`${a}\` 与 \`${b}\` 须且只须给出一个`],
  [/^ask for (\d+) seat candidates a day \(people a day × pool size, summed over the posts\): more than Yishi plans$/, (n) => `每天的值班候选达 ${n} 个（每天人数 × 人员库人数，各岗位相加），超出 Yishi 能排的规模`],
  [/^adjustedWorkdaysAnyWeekday needs allowAdjustedWorkdays, which is false$/, () => "adjustedWorkdaysAnyWeekday 需要 allowAdjustedWorkdays，而它为 false"],
  [/^the meeting would run past midnight \((.+) \+ (\d+) minutes\)$/, (start, minutes) => `会议将开到午夜以后（${start} 开始，${minutes} 分钟）`],
  [/^a person needs at least one role$/, () => "每人至少要有一个角色"],
  [/^an extra session needs its reason$/, () => "临时召开的会议须写明理由"],
  [/^is missing: a countersign needs both `(\w+)` and `(\w+)`$/, (by, on) => `缺失：会签须同时写明 \`${by}\` 和 \`${on}\``],
  [/^turning a rule off needs a `reason`$/, () => "关闭规则须写明 `reason`"],
  [/^date is outside year (\d+)$/, (year) => `日期不在 ${year} 年内`],
  // References (@yishi/domain's check-spec-references).
  [/^duplicate id \(first used at (.+)\)$/, (at) => `id 重复（首次用于 ${at}）`],
  [/^unknown (person|unit|room|body|series|meeting|recurring duty)$/, (what) => `未知的${thing(what)}`],
  [/^series type differs from its body's type$/, () => "会议系列的类型与其会议机构的类型不同"],
  [/^name the meeting: `meeting`, or `series` and `date`$/, () => "须指明会议：`meeting`，或 `series` 和 `date`"],
  // Text that does not parse.
  [/^cannot parse: (.+)$/, (detail) => `无法解析：${translateSyntax(detail)}`],
  [/^not valid JSON: (.+)$/, (detail) => `不是有效的 JSON（解析器原文：${detail}）`],
  // Forms (@yishi/tables).
  [/^no header row found in the first (\d+) rows$/, (n) => `前 ${n} 行中找不到表头行`],
  [/^unknown column header \(did you mean (.+)\?\)$/, (close) => `未知的列标题（是否应为 ${close}？）`],
  [/^unknown column header$/, () => "未知的列标题"],
  [/^column (.+) appears twice \(also column ([A-Z]+)\)$/, (header, column) => `列「${header}」出现两次（另见 ${column} 列）`],
  [/^required columns? missing from the header$/, () => "表头缺少必填列"],
  [/^more data rows than a spec holds \(at most (\d+) (people|agenda items)\); rows from row (\d+) on are not read$/, (n, noun, row) => `数据行多于规格所能容纳的（至多 ${n} ${noun === "people" ? "人" : "项议题"}）；自第 ${row} 行起未读取`],
  [/^not a date$/, () => "不是日期"],
  [/^not a number$/, () => "不是数字"],
  [/^not yes or no$/, () => "不是“是”或“否”"],
  [/^(".*") is not an allowed value$/, (value) => `${value} 不是允许的取值`],
  [/^(.+): no such file$/, (file) => `${file}：找不到文件`],
  [/^(.+): cannot read \((.+)\)$/, (file, code) => `${file}：无法读取（${code}）`],
  [/^(.+): the workbook has no worksheet$/, (file) => `${file}：工作簿中没有工作表`],
  [/^(.+): expected an Excel workbook \(\.xlsx\) or a CSV file \(\.csv\), found (.+?)(?: \((.+)\))?$/, (file, found) => `${file}：应为 Excel 工作簿（.xlsx）或 CSV 文件（.csv），实为 ${found === "no extension" ? "无扩展名" : found}`],
  [/^(.+): not a readable Excel workbook \(\.xlsx\) \((.+)\)$/, (file, detail) => `${file}：不是可读取的 Excel 工作簿（.xlsx）（读取器原文：${detail}）`],
  [/^(.+): cannot read the file as text: .*\((.+)\)$/, (file, zh) => `${file}：${zh}`],
  [/^(.+): the file starts with a .* \((文件以.+)\)$/, (file, zh) => `${file}：${zh}`],
  // Profiles (@yishi/rules).
  [/^unknown rule profile$/, () => "未知的规则配置"],
  [/^profile (\S+) has no rule ("[^"]*"); similar ids: (.+)$/, (profile, rule, ids) => `规则配置 ${profile} 中没有规则 ${rule}；相近的 id：${ids}`],
  [/^profile (\S+) has no rule ("[^"]*"); rule ids: (.+)$/, (profile, rule, ids) => `规则配置 ${profile} 中没有规则 ${rule}；规则 id 有：${ids}`],
  [/^rule id ("[^"]*") already exists in profile (\S+); change it with an override instead$/, (rule, profile) => `规则 id ${rule} 已在规则配置 ${profile} 中；请改用 override 修改它`],
  [/^turning rule (\S+) off needs a `reason`$/, (rule) => `关闭规则 ${rule} 须写明 \`reason\``],
  [/^unknown check ("[^"]*"); known checks: (.+)$/, (check, known) => `未知的检查 ${check}；已知的检查：${known}`],
  [/^unknown parameter of (\S+)$/, (check) => `${check} 没有这个参数`],
  // zod's own sentences, where a package passes them on (profile selections, holiday files).
  [/^Invalid input: expected (\w+), received (\w+)$/, (expected, received) => `输入无效：应为${translateType(expected)}，实为${translateType(received)}`],
  [/^Invalid input: expected (.+)$/, (value) => `输入无效：应为 ${value}`],
  [/^Invalid option: expected one of (.+)$/, (values) => `选项无效：应为 ${values} 之一`],
  [/^Too (small|big): expected (\w+) to have ([<>]=?|exactly )(\d+) (\w+)$/, (size, origin, op, n, unit) => `${size === "small" ? "太小" : "太大"}：${translateType(origin)}应有${translateBound(op)} ${n} ${unit === "characters" ? "个字符" : "项"}`],
  [/^Too (small|big): expected (\w+) to be ([<>]=?|exactly )(\S+)$/, (size, origin, op, n) => `${size === "small" ? "太小" : "太大"}：${translateType(origin)}应${translateBound(op)} ${n}`],
  [/^Invalid string: must match pattern (.+)$/, (pattern) => `格式不对：须符合 ${pattern}`],
  [/^Invalid number: must be a multiple of (.+)$/, (n) => `须为 ${n} 的倍数`],
  [/^Unrecognized keys?: (.+)$/, (keys) => `未知字段：${keys}`],
  [/^Invalid input$/, () => "输入无效"],
];

/** Where a form's problem is: `sheet 议题申报表, row 4, column G (申报日期): …`. */
const CELL_PLACE = /^(?:sheet (.+?), )?row (\d+)(?:, column ([A-Z]+)(?: \((.+?)\))?)?: (.+)$/s;

/** Expected-value phrases: the English shape, its Chinese. */
const EXPECTED: readonly Phrase[] = [
  [/^one of the (\S+) parameters$/, (check) => `${check} 的参数之一`],
  [/^one of (.+)$/, (values) => `${values} 之一`],
  [/^one or more of (.+)$/, (values) => `${values} 中的一个或几个`],
  [/^(at least|at most|more than|less than) (\d+)(?: (entry|entries|character|characters))?$/, (bound, n, unit) => `${{ "at least": "至少", "at most": "至多", "more than": "多于", "less than": "少于" }[bound]} ${n}${unit === undefined ? "" : unit.startsWith("entr") ? " 项" : " 个字符"}`],
  [/^a multiple of (.+)$/, (n) => `${n} 的倍数`],
  [/^`(\w+)` with `(.+)`$/, (field, values) => `\`${field}\` 为 \`${values}\``],
  [/^the id of an? (\w+|recurring duty) defined in the spec(?: \((.+)\))?$/, (what, list) => `规格中定义的${thing(what)} id${list === undefined ? "" : `（${translateListTail(list)}）`}`],
  [/^the id of a meeting in the plan (.+?) \((.+)\)$/, (plan, list) => `计划 ${plan} 中会议的 id（${translateListTail(list)}）`],
  [/^the id of a meeting in the plan \((.+)\)$/, (list) => `计划中会议的 id（${translateListTail(list)}）`],
  [/^`(\w+)` beside `(\w+)`$/, (field, other) => `与 \`${other}\` 同时给出的 \`${field}\``],
  [/^a unique id$/, () => "不重复的 id"],
  [/^meeting or series\+date$/, () => "meeting，或 series 和 date"],
  [/^a date as YYYY-MM-DD$/, () => "YYYY-MM-DD 格式的日期"],
  [/^a time as HH:MM \(24-hour\)$/, () => "HH:MM 格式的时间（24 小时制）"],
  [/^a non-empty id$/, () => "非空的 id"],
  [/^a date YYYY-MM-DD that exists$/, () => "真实存在的日期（YYYY-MM-DD）"],
  [/^a date in the years (.+)$/, (years) => `${years} 年间的日期`],
  [/^`(\w+)` on or after `(\w+)` (.+)$/, (field, other, value) => `不早于 \`${other}\`（${value}）的 \`${field}\``],
  [/^at most (\d+) days from `(\w+)` (.+)$/, (days, field, value) => `自 \`${field}\`（${value}）起至多 ${days} 天`],
  [/^a time after `start` (\S+), the same day$/, (start) => `同一天晚于 \`start\`（${start}）的时间`],
  [/^a time after `start` (\S+) \(or an `endDate` after `date`\)$/, (start) => `晚于 \`start\`（${start}）的时间（或晚于 \`date\` 的 \`endDate\`）`],
  [/^a start by (\S+), or a shorter `durationMinutes`, so it ends by 24:00$/, (latest) => `不晚于 ${latest} 的开始时间，或更短的 \`durationMinutes\`，使会议在 24:00 前结束`],
  [/^a start by (\S+), so it ends by 24:00$/, (latest) => `不晚于 ${latest} 的开始时间，使会议在 24:00 前结束`],
  [/^at most (\d+) \(e\.g\. (\d+) people a day from pools of (\d+)\)$/, (n, a, b) => `至多 ${n}（如每天 ${a} 人，人员库 ${b} 人）`],
  [/^a row of column headers such as (.+) \(yishi template writes the form\)$/, (headers) => `一行列标题，如 ${headers}（yishi template 可生成此表）`],
  [/^the columns (.+)$/, (headers) => `列 ${headers}`],
  [/^at most (\d+) data rows$/, (n) => `至多 ${n} 个数据行`],
  [/^a date such as (.+), (.+), (.+) or an Excel date$/, (a, b, c) => `日期，如 ${a}、${b}、${c} 或 Excel 日期`],
  [/^a number(?: \(of (.+)\))?, e\.g\. (.+)$/, (unit, examples) => `数字${unit === undefined ? "" : `（单位：${unit}）`}，如 ${examples.replaceAll(" or ", " 或 ")}`],
  [/^是 or 否$/, () => "是或否"],
  [/^a shipped profile: (.+)$/, (profiles) => `内置的规则配置：${profiles}`],
  [/^(\w+)$/, (type) => translateType(type)],
];

/** Found-value phrases; values themselves (quoted text, numbers) stay as they are. */
const FOUND: readonly Phrase[] = [
  [/^nothing \(the field is missing\)$/, () => "无（缺少此字段）"],
  [/^nothing$/, () => "无"],
  [/^a list of (\d+)$/, (n) => `${n} 项的列表`],
  [/^(\d+) data rows$/, (n) => `${n} 个数据行`],
  [/^more than (\d+) data rows$/, (n) => `多于 ${n} 个数据行`],
  [/^an object$/, () => "一个对象"],
  [/^an empty cell$/, () => "空单元格"],
  [/^an empty sheet$/, () => "空工作表"],
  [/^(.+) \(an Excel date\)$/, (date) => `${date}（Excel 日期）`],
  [/^row (\d+): (.+)$/, (row, cells) => `第 ${row} 行：${cells}`],
  [/^no (.+)$/, (headers) => `没有 ${headers}`],
  [/^neither$/, () => "都没有"],
];

/** The Chinese of a problem sentence; undefined when no template matches. */
export function translateProblemMessage(message: string): string | undefined {
  const place = CELL_PLACE.exec(message);
  if (place !== null) {
    const [, sheet, row, column, header, rest] = place as unknown as [string, string | undefined, string, string | undefined, string | undefined, string];
    const inner = translateProblemMessage(rest);
    if (inner === undefined) return undefined;
    const where = `${sheet === undefined ? "" : `工作表「${sheet}」`}第 ${row} 行${column === undefined ? "" : ` ${column} 列${header === undefined ? "" : `（${header}）`}`}`;
    return `${where}：${inner}`;
  }
  return applyPhrases(MESSAGES, message);
}

/** The Chinese of what was expected; the text as it is when no template matches (a value, a list of ids). */
export function translateExpected(expected: string): string {
  return applyPhrases(EXPECTED, expected) ?? expected;
}

/** The Chinese of what was found; the text as it is when it is a value. */
export function translateFound(found: string): string {
  return applyPhrases(FOUND, found) ?? found;
}

function applyPhrases(phrases: readonly Phrase[], text: string): string | undefined {
  for (const [pattern, zh] of phrases) {
    const match = pattern.exec(text);
    if (match !== null) return zh(...match.slice(1).map((g) => g as string));
  }
  return undefined;
}

function translateType(type: string): string {
  return TYPES[type] ?? type;
}

function translateBound(op: string): string {
  return { ">=": "至少", ">": "多于", "<=": "至多", "<": "少于", "exactly ": "恰好" }[op] ?? op;
}

/** `` `aproved` (did you mean `approved`?), `x` `` → `` `aproved`（是否应为 `approved`？）、`x` ``. */
function translateUnknownFields(list: string): string {
  return translateListTail(list.replace(/ \(did you mean (`[^`]*`)\?\)/g, "（是否应为 $1？）").replace(/`, `/g, "`、`").replace(/\), `/g, ")、`").replace(/？）, `/g, "？）、`"));
}

/** Our own YAML complaints have their Chinese; a parser's own sentence is quoted as the original. */
function translateSyntax(detail: string): string {
  const ours: readonly Phrase[] = [
    [/^the text ends too early$/, () => "文本提前结束"],
    [/^Map keys must be unique \((.+) appears again\)$/, (key) => `同一层的键不能重复（${key} 再次出现）`],
    [/^alias \*(\S+) names no anchor &\S+ set before it$/, (name) => `别名 *${name} 之前没有定义锚点 &${name}`],
    [/^alias \*(\S+) is inside its own anchor &\S+ \(the value would contain itself\)$/, (name) => `别名 *${name} 在它自己的锚点 &${name} 之内（值会包含它自己）`],
    [/^aliases expand the document to more than (\S+) values \(here \*(\S+) adds (\S+)\); write the values out or reuse fewer$/, (max, name, added) => `别名展开后文档超过 ${max} 个值（此处 *${name} 增加 ${added} 个）；请直接写出这些值或少用别名`],
  ];
  const cut = / \(is the file cut short\?\)$/.exec(detail);
  const own = cut === null ? detail : detail.slice(0, cut.index);
  const zh = applyPhrases(ours, own) ?? `语法错误（解析器原文：${own}）`;
  return cut === null ? zh : `${zh}（文件是否不完整？）`;
}
