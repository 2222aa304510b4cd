import type { RuleProfileInput } from "@yishi/domain";
import { beijingProfile } from "./beijing.js";
import { changzhouProfile } from "./changzhou.js";
import { defaultProfile } from "./default-profile.js";
import { fangshanProfile } from "./fangshan.js";
import { jiangganProfile } from "./jianggan.js";
import { xichengProfile } from "./xicheng.js";
import { yianProfile } from "./yian.js";
import { zhongshanProfile } from "./zhongshan.js";

/** Every profile the package ships, as declared (before inheritance). */
export const SHIPPED_PROFILES: readonly RuleProfileInput[] = [
  defaultProfile,
  zhongshanProfile,
  yianProfile,
  changzhouProfile,
  jiangganProfile,
  beijingProfile,
  xichengProfile,
  fangshanProfile,
];

/** ASCII names accepted wherever a profile id is (`--profile xicheng`). */
export const PROFILE_ALIASES: Readonly<Record<string, string>> = {
  zhongshan: "钟山区",
  yian: "依安县",
  changzhou: "常州市",
  jianggan: "江干区",
  beijing: "北京市",
  xicheng: "西城区",
  fangshan: "房山区",
};

export function findShippedProfile(id: string): RuleProfileInput | undefined {
  const canonical = PROFILE_ALIASES[id.toLowerCase()] ?? id;
  return SHIPPED_PROFILES.find((p) => p.id === canonical);
}
