import { formatCitation, type RuleProfile, type Spec } from "@yishi/domain";
import { findRules } from "@yishi/rules";
import { isAwayOn } from "./attendance.js";

/**
 * Who convenes a topic meeting created for a request on `day`: the responsible
 * leader where the profile's convener rules allow it, else the topic body's
 * convener, else a stand-in it designated — as the checker reads `attendance.convener`
 * of a meeting with no series (the spec's first topic body): a stand-in of a role
 * every rule's `delegateRoles` names, and with `deputyOnlyWhileAway` only on a day
 * the convener is away. Whoever it is must be there and free (`isFree`). With no
 * such rule or no topic body nothing judges it, and the leader convenes.
 */
export function chooseTopicConvener(
  spec: Pick<Spec, "bodies" | "people" | "absences">,
  profile: Pick<RuleProfile, "rules">,
  day: string,
  leader: string,
  isFree: (person: string) => boolean,
): { convener: string } | { problem: string } {
  const rules = findRules(profile, "attendance.convener", { meetingType: "topic" });
  const body = spec.bodies.find((b) => b.type === "topic");
  if (rules.length === 0 || body === undefined) return { convener: leader };
  const rolesOf = (p: string) => spec.people.find((x) => x.id === p)?.roles ?? [];
  const chairAway = isAwayOn(spec, body.convener, day);
  const standsIn = (p: string) =>
    body.designatedConveners.includes(p) &&
    rules.every((r) => r.params.delegateRoles === undefined || rolesOf(p).some((role) => r.params.delegateRoles!.includes(role))) &&
    (chairAway || !rules.some((r) => r.params.deputyOnlyWhileAway));
  const allowed = (p: string) => p === body.convener || standsIn(p);
  const found = [...new Set([leader, body.convener, ...body.designatedConveners])].find((p) => allowed(p) && !isAwayOn(spec, p, day) && isFree(p));
  if (found !== undefined) return { convener: found };
  const cites = [...new Set(rules.map((r) => formatCitation(r.rule.citation)))].join(", ");
  return { problem: `has nobody free whom the convener rules allow to convene it (${cites})` };
}
