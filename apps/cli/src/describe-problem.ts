import { formatIssue, formatPath, type Issue, type YishiError, type YishiErrorCode } from "@yishi/domain";
import { translateExpected, translateFound, translateProblemMessage } from "./problem-phrases-zh.js";

export interface Bilingual {
  zh: string;
  en: string;
}

/** One problem found in an input, in Chinese and English: its headline and one line per issue. */
export interface DescribedProblem {
  code: YishiErrorCode;
  file: string | undefined;
  headline: Bilingual;
  issues: { issue: Issue; text: Bilingual }[];
}

/** What each kind of error is, in Chinese: the headline when the message has no template of its own. */
const CODE_ZH: Record<YishiErrorCode, string> = {
  SPEC_INVALID: "规格有误",
  SPEC_PARSE: "规格无法解析",
  FILE_NOT_FOUND: "文件不存在",
  FILE_UNREADABLE: "文件无法读取",
  FILE_ENCODING: "文件编码无法识别",
  OUTPUT_UNWRITABLE: "无法写入输出",
  UNKNOWN_HOLIDAY_YEAR: "没有该年的节假日安排",
  HOLIDAY_DATA_INVALID: "节假日文件有误",
  DATE_INVALID: "日期有误",
  PERIOD_INVALID: "期间有误",
  PROFILE_UNKNOWN: "未知的规则配置",
  PROFILE_INVALID: "规则配置有误",
  PROFILE_CONFLICT: "规则配置自相矛盾",
  PLAN_INVALID: "计划文件有误",
  CHANGE_INVALID: "变更文件有误",
  INFEASIBLE: "没有不违反硬性规则的方案",
  SOLVER_FAILED: "求解失败",
  QUEUE_UNREACHABLE: "无法连接批处理队列",
  USAGE: "用法有误",
};

/** The thing a loader's "X has N problems" is about. */
const LOADED_ZH: Partial<Record<YishiErrorCode, string>> = { SPEC_INVALID: "规格", PLAN_INVALID: "计划文件", CHANGE_INVALID: "变更文件" };

/** An error as `yishi` reports an input problem, in both languages. */
export function describeProblem(error: YishiError): DescribedProblem {
  return {
    code: error.code,
    file: error.file,
    headline: { zh: describeHeadlineZh(error), en: error.message },
    issues: error.issues.map((issue) => ({ issue, text: { zh: describeIssueZh(issue, error.code), en: formatIssue(issue) } })),
  };
}

/**
 * One issue in Chinese, built as the English line is from its parts: where
 * (file, line, column), the field, the problem, then what was expected and
 * what was found — `spec.yaml 第5行第31列：people[0].roles[0]：不是允许的取值（应为 "mayor"、… 之一，实为 "mayer"）`.
 */
export function describeIssueZh(issue: Issue, code: YishiErrorCode): string {
  const position = issue.line === undefined ? "" : ` 第${issue.line}行${issue.column === undefined ? "" : `第${issue.column}列`}`;
  const where = issue.file === undefined && position === "" ? "" : `${issue.file ?? ""}${position}`.trim();
  const field = issue.path.length === 0 ? "（顶层）" : formatPath(issue.path);
  const problem = translateProblemMessage(issue.message) ?? `${CODE_ZH[code]}（原文：${issue.message}）`;
  const detail = [
    ...(issue.expected === undefined ? [] : [`应为${spaced(translateExpected(issue.expected))}`]),
    ...(issue.found === undefined ? [] : [`实为${spaced(translateFound(issue.found))}`]),
  ];
  return `${where === "" ? "" : `${where}：`}${field}：${problem}${detail.length === 0 ? "" : `（${detail.join("，")}）`}`;
}

/** A space between Chinese and a value that starts with Latin, a digit or a quote, as Chinese typesetting does. */
function spaced(text: string): string {
  return /^[\p{Script=Han}\uff08（]/u.test(text) ? text : ` ${text}`;
}

function describeHeadlineZh(error: YishiError): string {
  const file = error.file ?? "";
  const holiday = /^holiday file /.test(error.message) ? "节假日文件" : "文件";
  switch (error.code) {
    case "SPEC_INVALID":
    case "PLAN_INVALID":
    case "CHANGE_INVALID": {
      const count = /has (\d+) problems?$/.exec(error.message);
      return count === null ? `${file}：${CODE_ZH[error.code]}` : `${file}：${LOADED_ZH[error.code]}有 ${count[1]} 个问题`;
    }
    case "SPEC_PARSE":
      return `${file}：不是有效的 ${/ not valid JSON$/.test(error.message) ? "JSON" : "YAML 或 JSON"}`;
    case "FILE_NOT_FOUND":
      return `${holiday} ${file} 不存在`;
    case "FILE_UNREADABLE":
      return `${holiday} ${file} 无法读取`;
    case "FILE_ENCODING":
      return translateProblemMessage(error.message) ?? `${file}：${CODE_ZH.FILE_ENCODING}`;
    case "HOLIDAY_DATA_INVALID": {
      const empty = /^the national holiday file for (\d+) lists no days/.exec(error.message);
      if (empty !== null) return `${empty[1]} 年的全国节假日文件没有列出任何日期：当年的安排尚未公布`;
      return `节假日文件 ${file} 不是有效的 holiday-cn 文件`;
    }
    case "PROFILE_UNKNOWN":
      return `${file === "" ? "" : `${file}：`}${formatPath(error.path)}：未知的规则配置${error.issues[0]?.found === undefined ? "" : ` ${error.issues[0].found}`}`;
    case "PROFILE_INVALID":
    case "PROFILE_CONFLICT":
      return `${CODE_ZH[error.code]}${error.issues.length > 1 ? `（${error.issues.length} 处）` : ""}：${formatPath(error.path)}`;
    default:
      return `${CODE_ZH[error.code]}${file === "" ? "" : `：${file}`}`;
  }
}
