import type { LocalizedText } from "@yishi/domain";

/**
 * Canonical names of the official holidays. Sources spell them differently:
 * chinese-days writes `"Tomb-sweeping Day,清明,1"`, holiday-cn writes `清明节`,
 * `“五一”` or `国庆节、中秋节`; both are reduced to one zh/en pair here.
 */
const HOLIDAYS: { key: string; match: RegExp; name: LocalizedText }[] = [
  { key: "new-year", match: /元旦|New Year/i, name: { zh: "元旦", en: "New Year's Day" } },
  { key: "spring", match: /春节|Spring Festival/i, name: { zh: "春节", en: "Spring Festival" } },
  { key: "qingming", match: /清明|Tomb/i, name: { zh: "清明节", en: "Qingming Festival" } },
  { key: "labour", match: /劳动|“五一”|Labou?r/i, name: { zh: "劳动节", en: "Labour Day" } },
  { key: "dragon-boat", match: /端午|Dragon Boat/i, name: { zh: "端午节", en: "Dragon Boat Festival" } },
  { key: "mid-autumn", match: /中秋|Mid-autumn/i, name: { zh: "中秋节", en: "Mid-Autumn Festival" } },
  { key: "national", match: /国庆|“十一”|National Day/i, name: { zh: "国庆节", en: "National Day" } },
  {
    key: "victory-70",
    match: /抗日战争|Anti-Fascist/i,
    name: { zh: "抗日战争暨世界反法西斯战争胜利70周年纪念日", en: "70th Anniversary of Victory in the War against Fascism" },
  },
];

/** A stable key for the holiday a raw name refers to, or undefined for a name we do not know. */
export function holidayKeyOf(raw: string): string | undefined {
  return HOLIDAYS.find((h) => h.match.test(raw))?.key;
}

/**
 * The zh/en name for a raw name from either source. A combined name keeps its
 * order (`中秋节、国庆节` vs `国庆节、中秋节` follows the official notice); a
 * name we do not recognise (a regional or unit day) is kept as written.
 */
export function normalizeHolidayName(raw: string): LocalizedText {
  const found = HOLIDAYS.map((h) => ({ h, at: h.match.exec(raw)?.index ?? -1 }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (found.length === 0) {
    const text = raw.trim();
    return { zh: text, en: text };
  }
  return combineNames(found.map((x) => x.h.name));
}

/** `国庆节、中秋节` / `National Day & Mid-Autumn Festival`. */
export function combineNames(names: LocalizedText[]): LocalizedText {
  return { zh: names.map((n) => n.zh).join("、"), en: names.map((n) => n.en).join(" & ") };
}

export function holidayNameByKey(key: string): LocalizedText {
  const found = HOLIDAYS.find((h) => h.key === key);
  if (found === undefined) throw new Error(`unknown holiday key ${key}`);
  return found.name;
}
