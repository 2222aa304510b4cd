import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startViewServer, type ViewServer } from "@yishi/web";
import { loadPlan, loadSpec } from "@yishi/domain";
import { createCalendar } from "@yishi/calendar";
import { check, resolveProfile } from "@yishi/rules";

/**
 * The plan viewer in a real browser: Debian's Chromium driven by
 * playwright-core (no browser download). In CI (CI=true) a missing Chromium
 * fails the test; locally it is skipped with a message saying how to install it.
 */
const CHROMIUM = process.env.YISHI_CHROMIUM ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
const inCi = process.env.CI === "true" || process.env.CI === "1";
const root = fileURLToPath(new URL("..", import.meta.url));
// The exporters' sample plan and its spec (examples/sample/).
const samplePlan = () => loadPlan(join(root, "examples/sample/plan.json"));
const sampleSpec = () => loadSpec(join(root, "examples/sample/spec.json")).spec;
// The page shows the plan judged when served (the sample file stores 3 hand-written violations, stale): list positions follow the checker.
const judged = () => check(sampleSpec(), samplePlan(), resolveProfile(sampleSpec().profile), { calendar: createCalendar() });
const positionOf = (rule: string) => `#violation-${judged().findIndex((v) => v.rule === rule) + 1}`;

if (!haveChromium && !inCi) {
  console.warn(`web-view.test: skipped, ${CHROMIUM} not found. Install it with .ci/install-browser.sh (apt-get install chromium).`);
}

describe.skipIf(!haveChromium && !inCi)("yishi view in a browser", () => {
  let server: ViewServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`Chromium not found at ${CHROMIUM}: run .ci/install-browser.sh before the tests`);
    // The file's stored list is emptied: the page must show the checker's verdict regardless.
    server = await startViewServer({ plan: { ...samplePlan(), violations: [] }, spec: sampleSpec() });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(8_000);
    const failures: string[] = [];
    page.on("pageerror", (error) => failures.push(String(error)));
    page.on("requestfailed", (req) => failures.push(`request failed: ${req.url()}`));
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready=true]", { timeout: 15_000 });
    expect(failures).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the quarter as a month calendar with the Spring Festival and adjusted days marked", async () => {
    expect(await page.locator(".month").count()).toBe(3);
    expect(await page.locator("#title").textContent()).toBe("六盘水市钟山区人民政府 2026Q1 会议与值班安排");
    const festival = page.locator("#day-2026-02-17");
    await expect.poll(() => festival.getAttribute("class")).toContain("holiday");
    expect(await festival.locator(".holiday-name").textContent()).toBe("春节");
    expect(await page.locator("#day-2026-02-14").getAttribute("class")).toContain("adjusted");
    expect(await page.locator("#day-2026-02-14 .adjusted-name").textContent()).toBe("调休上班");
    expect(await page.locator("#day-2026-01-15 .chip").first().textContent()).toBe("09:00 区政府第1次常务会议");
  });

  it("shows a meeting's agenda when its day is clicked", async () => {
    await page.click("#day-2026-01-15");
    const detail = page.locator("#detail");
    expect(await detail.locator("h4").first().textContent()).toBe("区政府第1次常务会议");
    const items = await detail.locator("tbody tr td:nth-child(4)").allTextContents();
    expect(items).toEqual(["审议《钟山区2026年政府投资项目计划》", "研究2026年区级财政预算执行安排", "听取全区安全生产工作情况汇报"]);
    expect(await detail.textContent()).toContain("区政府4楼常务会议室");
    expect(await page.locator("#day-2026-01-15").getAttribute("class")).toContain("selected");
  });

  it("shows the roster with per-person counts", async () => {
    expect(await page.locator("#roster tbody tr").count()).toBe(90);
    const rows = await page.locator("#counts tbody tr").count();
    expect(rows).toBe(17); // 7 leaders + 10 duty officers
    const totals = await page.locator("#counts tbody tr td:last-child").allTextContents();
    expect(totals.map(Number).reduce((a, b) => a + b, 0)).toBe(samplePlan().roster.length);
  });

  it("shows the verdict judged when served, not the one stored in the file", async () => {
    expect(await page.locator("#violations li.hard, #violations li.soft").count()).toBe(judged().length);
    expect(await page.locator("#violations li.none").count()).toBe(0);
    expect(await page.locator("#violations li.note").textContent()).toContain("计划文件未记录其检查依据");
  });

  it("highlights the day a violation concerns when it is clicked", async () => {
    const coverage = positionOf("duty.daily-coverage");
    const cap = positionOf("executive.max-items");
    await page.click(coverage);
    const day = page.locator("#day-2026-02-17");
    expect(await day.getAttribute("class")).toContain("highlight");
    expect(await day.getAttribute("class")).toContain("selected");
    expect(await page.locator("#detail-date").textContent()).toContain("2026-02-17");
    // A violation about a meeting highlights the meeting's day and opens its agenda.
    await page.click(cap);
    expect(await page.locator("#day-2026-03-26").getAttribute("class")).toContain("highlight");
    expect(await page.locator("#day-2026-02-17").getAttribute("class")).not.toContain("highlight");
    expect(await page.locator("#detail .agenda.highlight h4").textContent()).toBe("区政府第6次常务会议");
    expect(await page.locator("#detail tbody tr").count()).toBe(16);
    expect(await page.locator(`${cap} .citation`).textContent()).toBe("钟山区 第四十五条");
    mkdirSync(join(root, "tests/artifacts"), { recursive: true });
    await page.screenshot({ path: join(root, "tests/artifacts/web-view.png"), fullPage: false });
  });

  it("switches to English", async () => {
    await page.click("#lang-toggle");
    expect(await page.locator("#lang-toggle").textContent()).toBe("中文");
    expect(await page.locator("#calendar-section h2").textContent()).toBe("Calendar");
    expect(await page.locator("#day-2026-02-17 .holiday-name").textContent()).toBe("Spring Festival");
    expect(await page.locator(".month h3").first().textContent()).toBe("January 2026");
    expect(await page.locator(positionOf("duty.daily-coverage")).textContent()).toContain("2026-02-17");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.click("#lang-toggle");
    await page.click("#day-2026-02-12");
    await page.evaluate("window.scrollTo(0, 0)");
    // The README picture: Chinese, a meeting day selected. A normal run writes it
    // to the ignored tests/artifacts/ only, so the git tree stays clean;
    // YISHI_UPDATE_DOCS_SCREENSHOT=1 refreshes the tracked docs/web-view.png.
    mkdirSync(join(root, "tests/artifacts"), { recursive: true });
    await page.screenshot({ path: join(root, "tests/artifacts/web-view-readme.png"), fullPage: false });
    if (process.env.YISHI_UPDATE_DOCS_SCREENSHOT === "1") {
      await page.screenshot({ path: join(root, "docs/web-view.png"), fullPage: false });
    }
  });

  it("says plainly that a plan served without its spec was not checked", async () => {
    const bare = await startViewServer({ plan: samplePlan() });
    const other = await browser.newPage();
    try {
      await other.goto(bare.url);
      await other.waitForSelector("body[data-ready=true]", { timeout: 15_000 });
      expect(await other.locator("#violations li.unchecked").textContent()).toContain("未检查");
      expect(await other.locator("#violations li.none, #violations li.hard, #violations li.soft").count()).toBe(0);
      expect(await other.locator("#summary").textContent()).toContain("未检查");
      expect(await other.locator("#summary").textContent()).not.toContain("违反规则");
    } finally {
      await other.close();
      await bare.close();
    }
  });
});
