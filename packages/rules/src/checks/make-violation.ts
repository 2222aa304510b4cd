import { isRuleCheckId } from "../rule-params.js";
import { FIX_HINTS } from "./fix-hints.js";
import { formatCitation, type Citation, type LocalizedText, type Rule, type Severity, type Violation, type ViolationSubjects } from "@yishi/domain";

type Subjects = Partial<ViolationSubjects>;

/**
 * A violation of a profile rule. The message gets the citation appended, as
 * `… (钟山区 第四十五条)` in both languages, so a line read alone still says
 * which article it breaks.
 */
export function makeViolation(rule: Rule, message: LocalizedText, subjects: Subjects, explanation?: LocalizedText): Violation {
  return buildViolation(rule.id, rule.check, rule.severity, rule.citation, message, subjects, explanation ?? explainRule(rule));
}

/** A violation of a built-in check: the citation names the spec field the planner wrote. */
export function makeSpecViolation(
  id: string,
  citation: Citation,
  message: LocalizedText,
  subjects: Subjects,
  explanation?: LocalizedText,
  severity: Severity = "hard",
): Violation {
  return buildViolation(id, id, severity, citation, message, subjects, explanation);
}

function buildViolation(
  rule: string,
  code: string,
  severity: Severity,
  citation: Citation,
  message: LocalizedText,
  subjects: Subjects,
  explanation: LocalizedText | undefined,
): Violation {
  const cite = `(${formatCitation(citation)})`;
  const sorted = (list: string[] | undefined) => [...new Set(list ?? [])].sort();
  return {
    rule,
    code,
    severity,
    citation,
    message: { zh: `${message.zh} ${cite}`, en: `${message.en} ${cite}` },
    ...(explanation === undefined ? {} : { explanation }),
    subjects: {
      meetings: sorted(subjects.meetings),
      dates: sorted(subjects.dates),
      people: sorted(subjects.people),
      items: sorted(subjects.items),
      duties: sorted(subjects.duties),
    },
  };
}

/** What the article says, quoted, the rule's own summary, and how to mend a break. */
function explainRule(rule: Rule): LocalizedText {
  const hint = isRuleCheckId(rule.check) && rule.check !== "info.not-plan-checkable" ? FIX_HINTS[rule.check] : undefined;
  return {
    zh: `${formatCitation(rule.citation)}：“${rule.citation.text}”。${rule.summary.zh}。${hint?.zh ?? ""}`.replace(/。。/g, "。"),
    en: `${formatCitation(rule.citation)} says: “${rule.citation.text}” ${rule.summary.en}.${hint === undefined ? "" : ` ${hint.en}`}`.replace(/\.\./g, "."),
  };
}

/**
 * Deterministic order: hard before soft, then by first date (undated last),
 * rule id, first subject, message.
 */
export function sortViolations(violations: Violation[]): Violation[] {
  const key = (v: Violation) => [
    v.severity === "hard" ? "0" : "1",
    v.subjects.dates[0] ?? "9999-99-99",
    v.rule,
    v.subjects.meetings[0] ?? v.subjects.people[0] ?? v.subjects.items[0] ?? v.subjects.duties[0] ?? "",
    v.message.en,
  ];
  return [...violations].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      if (ka[i]! < kb[i]!) return -1;
      if (ka[i]! > kb[i]!) return 1;
    }
    return 0;
  });
}
