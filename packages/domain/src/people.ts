import { z } from "zod";
import { Id, Name, ShortText } from "./primitives.js";
import { LIMITS } from "./limits.js";

/**
 * Roles named in the working rules. A person may hold several (a deputy mayor
 * who is also a party-group member). `leader` roles may lead a duty day.
 */
export const Role = z.enum([
  "mayor", // 区长/县长/市长
  "executive-deputy", // 常务副区长
  "deputy", // 副区长
  "party-group-member", // 党组成员
  "office-director", // 政府办主任
  "secretary-general", // 秘书长
  "department-head", // 部门主要负责人
  "duty-staff", // 值班人员
  "staff", // 工作人员
  "other",
]);
export type Role = z.infer<typeof Role>;

/** Roles that count as 区政府领导 (district leaders) for duty and petition rotas. */
export const LEADER_ROLES: readonly Role[] = ["mayor", "executive-deputy", "deputy", "party-group-member"];

export const Person = z.strictObject({
  id: Id,
  name: Name,
  roles: z.array(Role).min(1, { message: "a person needs at least one role" }).max(LIMITS.maxSmallList),
  /** The unit the person heads or works in. */
  unit: Id.optional(),
  title: ShortText.optional(),
  phone: ShortText.optional(),
});
export type Person = z.infer<typeof Person>;

/** A government department or other submitting unit (承办单位). */
export const Unit = z.strictObject({
  id: Id,
  name: Name,
  /** Its principal responsible person (主要负责人). */
  head: Id.optional(),
});
export type Unit = z.infer<typeof Unit>;

export function isLeader(person: Pick<Person, "roles">): boolean {
  return person.roles.some((r) => LEADER_ROLES.includes(r));
}
