import type { Role } from "@yishi/domain";

/** The working rules' names for each role, for messages (区长 covers 县长 and 市长). */
export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  mayor: { zh: "区长（县长、市长）", en: "the mayor" },
  "executive-deputy": { zh: "常务副职", en: "the executive deputy" },
  deputy: { zh: "副职", en: "a deputy" },
  "party-group-member": { zh: "党组成员", en: "a party-group member" },
  "office-director": { zh: "办公室主任", en: "the office director" },
  "secretary-general": { zh: "秘书长", en: "the secretary-general" },
  "department-head": { zh: "部门主要负责人", en: "a department head" },
  "duty-staff": { zh: "值班人员", en: "duty staff" },
  staff: { zh: "工作人员", en: "staff" },
  other: { zh: "其他", en: "other" },
};

/** Roles said as one phrase: 区长（县长、市长）或常务副职 / the mayor or the executive deputy. */
export function describeRoles(roles: readonly Role[]): { zh: string; en: string } {
  return { zh: roles.map((r) => ROLE_LABELS[r].zh).join("或"), en: roles.map((r) => ROLE_LABELS[r].en).join(" or ") };
}
