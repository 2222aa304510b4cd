import { LIMITS, type Role } from "@yishi/domain";
import type { Choice, Form } from "./form.js";

const ROLE_CHOICES: readonly (Choice & { value: Role })[] = [
  { value: "mayor", label: "区长", aliases: ["县长", "市长", "旗长"] },
  { value: "executive-deputy", label: "常务副区长", aliases: ["常务副县长", "常务副市长"] },
  { value: "deputy", label: "副区长", aliases: ["副县长", "副市长"] },
  { value: "party-group-member", label: "党组成员" },
  { value: "office-director", label: "政府办主任", aliases: ["办公室主任"] },
  { value: "secretary-general", label: "秘书长" },
  { value: "department-head", label: "部门主要负责人", aliases: ["部门负责人"] },
  { value: "duty-staff", label: "值班人员" },
  { value: "staff", label: "工作人员" },
  { value: "other", label: "其他" },
];

/** 人员名单: one row per person, the fields of a spec's `people`. */
export const PEOPLE_FORM: Form = {
  list: "people",
  sheet: "人员名单",
  maxRows: LIMITS.maxPeople,
  rowNoun: "people",
  columns: [
    { header: "编号", aliases: ["id", "人员编号"], kind: { type: "text" }, target: { field: "id" }, required: true, hint: "每人一个，不重复，不含空格，如 p01 或 张伟", width: 12 },
    { header: "姓名", aliases: ["name"], kind: { type: "text" }, target: { field: "name" }, required: true, hint: "如 张伟", width: 10 },
    {
      header: "角色",
      aliases: ["roles", "身份"],
      kind: { type: "choice", choices: ROLE_CHOICES, many: true },
      target: { field: "roles" },
      required: true,
      hint: `一个或多个，用顿号分开：${ROLE_CHOICES.map((c) => c.label).join("、")}`,
      width: 22,
    },
    { header: "单位", aliases: ["unit", "所在单位", "单位编号"], kind: { type: "text" }, target: { field: "unit" }, required: false, hint: "选填：所在单位的编号（spec 中 units 的 id）", width: 14 },
    { header: "职务", aliases: ["title"], kind: { type: "text" }, target: { field: "title" }, required: false, hint: "选填，如 副区长", width: 14 },
    { header: "电话", aliases: ["phone", "联系电话"], kind: { type: "text" }, target: { field: "phone" }, required: false, hint: "选填", width: 14 },
  ],
};
