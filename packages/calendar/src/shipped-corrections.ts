/**
 * Corrections to the chinese-days data, each checked against the State
 * Council notice it cites. Raw entries use chinese-days' own `"English,中文,n"`
 * naming so they pass through the same conversion as the data they patch.
 */
export interface ShippedCorrection {
  date: string;
  off: boolean;
  name: string;
  why: string;
  source: string;
}

export const SHIPPED_CORRECTIONS: readonly ShippedCorrection[] = [
  {
    date: "2020-10-01",
    off: true,
    name: "Mid-autumn Festival,中秋,1",
    why:
      "The 2020 Mid-Autumn Festival fell on 1 October; chinese-days lists that day only as National Day, " +
      "so the combined holiday announced as 国庆节、中秋节 (10月1日至8日) would be named National Day alone. " +
      "Name only: the day is off either way.",
    source: "国办发明电〔2019〕16号, https://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm",
  },
];
