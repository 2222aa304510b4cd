import { mkdirSync, writeFileSync } from "node:fs";
import { generateProvince } from "./province.js";
const dir = "/tmp/zz/prov"; mkdirSync(dir, { recursive: true });
for (const g of generateProvince(Number(process.argv[2] ?? 70))) writeFileSync(`${dir}/${g.name}.json`, JSON.stringify(g.spec));
