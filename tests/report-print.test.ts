/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The HTML report of the bundled example (`pnpm demo`'s plan.html) laid out
 * and printed by Debian's Chromium through playwright-core, at the width an
 * A4 page leaves (210 mm less 12 mm margins each side). Every table column
 * must be at least 3em wide (no column squeezed to a character or two), and
 * no heading may be the last thing on a page. Pages are measured by laying
 * the report out in CSS columns one page tall: the same fragmentation engine
 * Chromium prints with, honouring break-after / break-inside, in a form the
 * DOM can measure. In CI (CI=true) a missing Chromium fails; locally it is
 * skipped with a message saying how to install it (as tests/web-view.test.ts).
 */
const CHROMIUM = process.env.YISHI_CHROMIUM ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
const inCi = process.env.CI === "true" || process.env.CI === "1";
const root = fileURLToPath(new URL("..", import.meta.url));
const MM = 96 / 25.4;
/** The A4 page less the report's @page margins (14 mm top, 16 mm bottom, 12 mm each side). */
const PAGE = { width: Math.floor((210 - 24) * MM), height: Math.floor((297 - 30) * MM) };

if (!haveChromium && !inCi) {
  console.warn(`report-print.test: skipped, ${CHROMIUM} not found. Install it with .ci/install-browser.sh (apt-get install chromium).`);
}

/** `pnpm demo`: the bundled example planned with its report, by the CLI on source; `edit` changes the spec's text first. */
function planBundledExample(edit: (spec: string) => string = (spec) => spec): string {
  const out = mkdtempSync(join(tmpdir(), "yishi-report-print-"));
  const spec = join(out, "spec.yaml");
  writeFileSync(spec, edit(readFileSync(join(root, "examples/zhongshan-2026q1.yaml"), "utf8")));
  const r = spawnSync(join(root, "node_modules/.bin/tsx"), ["--conditions=source", join(root, "apps/cli/src/bin.ts"), "plan", spec, "--period", "2026Q1", "--out", out, "--export", "html"], {
    cwd: root,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`yishi plan exited ${r.status}: ${r.stderr}`);
  return readFileSync(join(out, "plan.html"), "utf8");
}

/**
 * The example with what real offices file: an item title of 60 characters and
 * a bureau with its extra names (a long title in an auto-laid-out table took
 * the 序号 column down to one character a line).
 */
const withLongNames = (spec: string) =>
  spec
    .replace("title: 审议《钟山区2026年政府投资项目计划》", "title: 审议《钟山区2026年政府投资项目计划（含中心城区排水管网改造、老旧小区改造、乡村振兴衔接资金项目及2025年结转项目调整清单）》")
    .replace("name: 区发展和改革局,", "name: 区发展和改革局（区粮食和物资储备局、区国防动员办公室、区能源局）,");

interface Column {
  table: string;
  column: number;
  header: string;
  width: number;
  em: number;
}

describe.skipIf(!haveChromium && !inCi)("the HTML report printed on A4", () => {
  let browser: Browser;
  const pages: { name: string; page: Page }[] = [];

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`Chromium not found at ${CHROMIUM}: run .ci/install-browser.sh before the tests`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
    for (const [name, edit] of [["the bundled example", undefined], ["the example with long names", withLongNames]] as const) {
      const page = await browser.newPage({ viewport: { width: PAGE.width, height: PAGE.height } });
      await page.emulateMedia({ media: "print" });
      await page.setContent(planBundledExample(edit), { waitUntil: "load" });
      pages.push({ name, page });
    }
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("prints to an A4 PDF", async () => {
    const pdf = await pages[0]!.page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // The report's own size: A4 in points (595 × 842), on every page.
    const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThan(3);
    for (const box of boxes) expect(box).toEqual([595, 842]);
  });

  it("gives every table column at least 3em", async () => {
    for (const { name, page } of pages) {
      const columns: Column[] = await page.evaluate(() => {
        const found: { table: string; column: number; header: string; width: number; em: number }[] = [];
        document.querySelectorAll("table").forEach((table, t) => {
          const section = table.closest("section")?.querySelector("h3")?.textContent ?? table.previousElementSibling?.textContent ?? `table ${t + 1}`;
          const row = table.querySelector("thead tr") ?? table.querySelector("tr");
          if (row === null) return;
          [...row.children].forEach((cell, c) => {
            const em = Number.parseFloat(getComputedStyle(cell).fontSize);
            found.push({ table: `${t + 1}: ${section}`, column: c + 1, header: cell.textContent ?? "", width: cell.getBoundingClientRect().width, em });
          });
        });
        return found;
      });
      // The month grids, the roster, the rota, each agenda and the unplaced items.
      expect(new Set(columns.map((c) => c.table)).size, name).toBeGreaterThan(10);
      const narrow = columns.filter((c) => c.width < 3 * c.em).map((c) => `${name}: table ${c.table}, column ${c.column} ${c.header}: ${c.width.toFixed(1)}px < 3em (${(3 * c.em).toFixed(1)}px)`);
      expect(narrow).toEqual([]);
    }
  });

  it("keeps every column header on one line", async () => {
    for (const { name, page } of pages) {
      const broken = await page.evaluate(() =>
        [...document.querySelectorAll("th")]
          .filter((th) => {
            const range = document.createRange();
            range.selectNodeContents(th);
            // One line box: every fragment of the text on the same top.
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
          })
          .map((th) => th.textContent),
      );
      expect(broken, name).toEqual([]);
    }
  });

  it("asks print to keep headings with what follows them", async () => {
    const rules = await pages[0]!.page.evaluate(() =>
      ["h1", "h2", "h3"].map((tag) => {
        const style = getComputedStyle(document.querySelector(tag)!);
        return [tag, style.breakAfter, style.breakInside];
      }),
    );
    expect(rules).toEqual([["h1", "avoid", "avoid"], ["h2", "avoid", "avoid"], ["h3", "avoid", "avoid"]]);
  });

  it("leaves no heading as the last thing on a page, wherever the page breaks fall", async () => {
    // The A4 page, then pages a little shorter and longer: the same report with a line more or less here or there.
    const heights = [PAGE.height, ...Array.from({ length: 24 }, (_, i) => Math.round(PAGE.height * (0.7 + 0.025 * i)))];
    for (const { name, page } of pages) {
      const alone = await page.evaluate(
        ({ width, heights }) => {
          // Paginate: the body's content flows through columns one page tall; column k is page k + 1.
          const flow = document.createElement("div");
          flow.append(...document.body.childNodes);
          document.body.append(flow);
          const gap = 40;
          const orphans: string[] = [];
          let pages = 0;
          for (const height of heights) {
            Object.assign(flow.style, { width: `${width}px`, height: `${height}px`, columnWidth: `${width}px`, columnGap: `${gap}px`, columnFill: "auto" });
            const left = flow.getBoundingClientRect().left;
            const pageOf = (rect: DOMRect) => Math.floor((rect.left - left + 1) / (width + gap)) + 1;
            if (height === heights[0]) pages = Math.max(...[...flow.querySelectorAll("*")].map((el) => el.getBoundingClientRect()).filter((r) => r.height > 0).map(pageOf));
            for (const heading of flow.querySelectorAll("h1, h2, h3")) {
              const first = heading.nextElementSibling?.getClientRects()[0];
              if (first === undefined) continue;
              const [h, n] = [pageOf(heading.getBoundingClientRect()), pageOf(first)];
              if (h !== n) orphans.push(`page height ${height}px: ${heading.tagName} ${heading.textContent} ends page ${h}, what follows it is on page ${n}`);
            }
          }
          return { pages, orphans };
        },
        { width: PAGE.width, heights },
      );
      expect(alone.pages, name).toBeGreaterThan(3);
      expect(alone.orphans, name).toEqual([]);
    }
  });
});
