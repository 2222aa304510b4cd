import { describe, expect, it } from "vitest";
import { translateExpected, translateFound, translateProblemMessage } from "./problem-phrases-zh.js";

/**
 * The templates validate's own runs do not reach in validate-bilingual.test.ts,
 * each with an English sentence exactly as its package writes it: a template
 * that drifts from its producer stops matching here.
 */
describe("the Chinese of Yishi's problem sentences", () => {
  it.each([
    ["unknown fields `a` (did you mean `ab`?), `c`, … (12 in all) (a typo?)", "未知字段 `a`（是否应为 `ab`？）、`c` 等（共 12 个）（是否拼写错误？）"],
    ["does not match any allowed form", "不符合任何一种允许的写法"],
    ["too many entries", "条目太多"],
    ["not an allowed step", "不是允许的步长"],
    ["… and 3 more problems (fix these first)", "……另有 3 个问题（请先改正以上问题）"],
    ["year outside the supported years 2020–2035", "年份不在支持的 2020–2035 年之内"],
    ["ids contain no spaces", "id 不能含空格"],
    ["an absence of 900 days is too long; split it or give only the part that matters", "请假长达 900 天，过长；请拆分，或只写出相关的部分"],
    ["give exactly one of `date` and `weekday`", "`date` 与 `weekday` 须且只须给出一个"],
    ["the meeting would run past midnight (23:00 + 120 minutes)", "会议将开到午夜以后（23:00 开始，120 分钟）"],
    ["is missing: a countersign needs both `countersignedBy` and `countersignedOn`", "缺失：会签须同时写明 `countersignedBy` 和 `countersignedOn`"],
    ["series type differs from its body's type", "会议系列的类型与其会议机构的类型不同"],
    ["unknown recurring duty", "未知的轮值"],
    ["cannot parse: the text ends too early (is the file cut short?)", "无法解析：文本提前结束（文件是否不完整？）"],
    ["cannot parse: alias *a names no anchor &a set before it", "无法解析：别名 *a 之前没有定义锚点 &a"],
    ["cannot parse: Nested mappings are not allowed in compact mappings", "无法解析：语法错误（解析器原文：Nested mappings are not allowed in compact mappings）"],
    ["sheet 议题申报表, row 4, column G (申报日期): not a date", "工作表「议题申报表」第 4 行 G 列（申报日期）：不是日期"],
    ["row 1, column E: column 申报日期 appears twice (also column C)", "第 1 行 E 列：列「申报日期」出现两次（另见 C 列）"],
    ["row 1: required columns missing from the header", "第 1 行：表头缺少必填列"],
    ["sheet 人员名单, row 1: more data rows than a spec holds (at most 2000 people); rows from row 2002 on are not read", "工作表「人员名单」第 1 行：数据行多于规格所能容纳的（至多 2000 人）；自第 2002 行起未读取"],
    ["row 3: more data rows than a spec holds (at most 5000 agenda items); rows from row 5004 on are not read", "第 3 行：数据行多于规格所能容纳的（至多 5000 项议题）；自第 5004 行起未读取"],
    ["row 3, column N (预计时长（分钟）): not a number", "第 3 行 N 列（预计时长（分钟））：不是数字"],
    ['row 3, column E (类别): "大事" is not an allowed value', '第 3 行 E 列（类别）："大事" 不是允许的取值'],
    ["sheet 人员名单, row 1: no header row found in the first 20 rows", "工作表「人员名单」第 1 行：前 20 行中找不到表头行"],
    ["items.txt: expected an Excel workbook (.xlsx) or a CSV file (.csv), found .txt (save it as .xlsx)", "items.txt：应为 Excel 工作簿（.xlsx）或 CSV 文件（.csv），实为 .txt"],
    ["items.xlsx: cannot read the file as text: it is not UTF-8, UTF-16 or GB18030 (GBK); save it as UTF-8 (文件不是 UTF-8、UTF-16 或 GB18030（GBK）编码的文本，请另存为 UTF-8)", "items.xlsx：文件不是 UTF-8、UTF-16 或 GB18030（GBK）编码的文本，请另存为 UTF-8"],
    ['rule id "x" already exists in profile default; change it with an override instead', '规则 id "x" 已在规则配置 default 中；请改用 override 修改它'],
    ["turning rule no-monday off needs a `reason`", "关闭规则 no-monday 须写明 `reason`"],
    ['unknown check "x"; known checks: a, b', '未知的检查 "x"；已知的检查：a, b'],
    ['Invalid option: expected one of "hard"|"soft"', '选项无效：应为 "hard"|"soft" 之一'],
    ["Too small: expected number to be >=1", "太小：数字应至少 1"],
    ["Too big: expected array to have <=4 items", "太大：列表应有至多 4 项"],
    ['Unrecognized key: "x"', '未知字段："x"'],
  ])("%s", (en, zh) => {
    expect(translateProblemMessage(en)).toBe(zh);
  });

  it("leaves a sentence it has no template for to its caller", () => {
    expect(translateProblemMessage("something new went wrong")).toBeUndefined();
  });

  it.each([
    ["at most 40 characters", "至多 40 个字符"],
    ["more than 0", "多于 0"],
    ["a multiple of 5", "5 的倍数"],
    ['`kind` with `"a"|"b"`', '`kind` 为 `"a"|"b"`'],
    ["the id of a person defined in the spec (e.g. a, b, … 12 in all)", "规格中定义的人员 id（如 a, b 等，共 12 个）"],
    ["the id of a recurring duty defined in the spec (petition)", "规格中定义的轮值 id（petition）"],
    ["the id of a meeting in the plan out/plan.json (exec#1, exec#2)", "计划 out/plan.json 中会议的 id（exec#1, exec#2）"],
    ["at most 731 days from `from` 2026-01-01", "自 `from`（2026-01-01）起至多 731 天"],
    ["`countersignedOn` beside `countersignedBy`", "与 `countersignedBy` 同时给出的 `countersignedOn`"],
    ["a start by 22:00, or a shorter `durationMinutes`, so it ends by 24:00", "不晚于 22:00 的开始时间，或更短的 `durationMinutes`，使会议在 24:00 前结束"],
    ["a number (of 元), e.g. 1200 or 1,200 or 120万", "数字（单位：元），如 1200 或 1,200 或 120万"],
    ["one or more of 专题会议、部门职权范围内", "专题会议、部门职权范围内 中的一个或几个"],
    ["是 or 否", "是或否"],
    ["a row of column headers such as 编号, 议题名称 (yishi template writes the form)", "一行列标题，如 编号, 议题名称（yishi template 可生成此表）"],
    ["at most 2000 data rows", "至多 2000 个数据行"],
    ["boolean", "true 或 false"],
  ])("expected %s", (en, zh) => {
    expect(translateExpected(en)).toBe(zh);
  });

  it.each([
    ["2026-03-05 (an Excel date)", "2026-03-05（Excel 日期）"],
    ["an empty cell", "空单元格"],
    ["row 1: 编号, 议题", "第 1 行：编号, 议题"],
    ["no 申报日期", "没有 申报日期"],
    ["140000 data rows", "140000 个数据行"],
    ["more than 2000 data rows", "多于 2000 个数据行"],
    ['"mayer"', '"mayer"'],
  ])("found %s", (en, zh) => {
    expect(translateFound(en)).toBe(zh);
  });
});
