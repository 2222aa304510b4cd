/**
 * Print-first CSS of the HTML report: A4 pages numbered in the footer, no
 * heading left alone at a page's foot, tables that break cleanly.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 14mm 12mm 16mm; @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font-size: 8pt; color: #555; } }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; font-size: 10.5pt; color: #111; margin: 0 auto; max-width: 190mm; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; border-bottom: 2px solid #333; margin: 8mm 0 3mm; padding-bottom: 1mm; }
h3 { font-size: 11pt; margin: 4mm 0 2mm; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
.meta { color: #555; margin-bottom: 4mm; }
table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; }
table.fixed { table-layout: fixed; }
th, td { border: 1px solid #999; padding: 1mm 1.5mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #e4e9f2; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
.month { page-break-inside: avoid; }
.month td { height: 19mm; width: 14.28%; font-size: 8pt; }
.month td.out { background: #f6f6f6; }
.day-num { font-weight: bold; font-size: 9.5pt; }
.holiday { background: #fde8e8; }
.adjusted { background: #fff4cc; }
.tag { display: block; font-size: 7.5pt; }
.tag.h { color: #b00000; }
.tag.a { color: #8a6d00; }
.meeting { display: block; color: #0b3d91; }
.meeting.cancelled { text-decoration: line-through; color: #777; }
.flag { color: #c00000; font-weight: bold; }
.unchecked { border: 2px solid #c00000; padding: 2mm; font-weight: bold; }
.hard { color: #c00000; font-weight: bold; }
.soft { color: #a06000; font-weight: bold; }
.violation-note { border-left: 3px solid #c00000; padding-left: 2mm; margin: 1mm 0; }
blockquote { margin: 1mm 0 1mm 3mm; color: #444; font-size: 9pt; }
.agenda { page-break-inside: avoid; }
@media print { a { color: inherit; text-decoration: none; } }
`;
