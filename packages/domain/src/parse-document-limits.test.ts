import { describe, expect, it } from "vitest";
import { parseSpec } from "./load-spec.js";
import { formatIssue } from "./errors.js";
import { errorOf } from "./test-error-of.js";

const head = `organization: { id: o, name: &org 区政府, jurisdiction: 钟山区 }
people:
  - { id: a, name: 甲, roles: [mayor] }
`;

/** Ten aliases of ten aliases of …: 10^depth values from a few hundred bytes. */
function aliasBomb(depth: number): string {
  let text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (let i = 1; i <= depth; i++) text += `a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(", ")}]\n`;
  return text;
}

describe("YAML aliases: reuse is fine, bombs and dangling aliases are refused with file and line", () => {
  it("an alias bomb is a SPEC_PARSE error at the alias that crosses the bound", () => {
    const error = errorOf(() => parseSpec(aliasBomb(9), "bomb.yaml"));
    expect(error.code).toBe("SPEC_PARSE");
    expect(error.issues).toHaveLength(1);
    expect(formatIssue(error.issues[0]!)).toMatch(/^bomb\.yaml:6:\d+: \(root\): cannot parse: aliases expand the document to more than 1,000,000 values/);
  });

  it("a deeper bomb (10^30 values) is refused as fast, with a finite count", () => {
    const error = errorOf(() => parseSpec(aliasBomb(30), "bomb.yaml"));
    expect(error.issues[0]!.message).toContain("more than 1,000,000 values");
    expect(error.issues[0]!.message).not.toMatch(/Infinity|NaN/);
  });

  it("more than 100 ordinary aliases of one anchor are accepted", () => {
    const people = Array.from({ length: 300 }, (_, i) => `  - { id: p${i}, name: *org, roles: [staff] }`).join("\n");
    const spec = parseSpec(`${head}${people}\n`, "many.yaml");
    expect(spec.people).toHaveLength(301);
    expect(spec.people[300]!.name).toBe("区政府");
  });

  it("an alias to an anchor never set names the alias and its line", () => {
    const error = errorOf(() => parseSpec(`${head}units:\n  - { id: u, name: *nope }\n`, "dangling.yaml"));
    expect(error.code).toBe("SPEC_PARSE");
    expect(error.issues.map(formatIssue)).toEqual(["dangling.yaml:5:20: (root): cannot parse: alias *nope names no anchor &nope set before it"]);
  });

  it("an alias inside its own anchor (a value containing itself) is refused", () => {
    const error = errorOf(() => parseSpec(`${head}units: &u [*u]\n`, "cycle.yaml"));
    expect(error.code).toBe("SPEC_PARSE");
    expect(error.issues[0]).toMatchObject({ line: 4 });
    expect(error.issues[0]!.message).toContain("inside its own anchor &u");
  });
});

describe("duplicate keys: still found, in linear time", () => {
  it("a duplicate key is reported at its line", () => {
    const error = errorOf(() => parseSpec(`${head}duty:\n  restDays: 1\n  phone: "1"\n  restDays: 2\n`, "dup.yaml"));
    expect(error.code).toBe("SPEC_PARSE");
    expect(error.issues.map(formatIssue)).toEqual(['dup.yaml:7:3: (root): cannot parse: Map keys must be unique ("restDays" appears again)']);
  });

  // Each repeat is a problem; 150,000 of them once went into one push(...spread), which overflowed the
  // stack and came out as "the document is nested too deeply". The same cap as the schema's problems applies.
  it("150,000 repeats of one key give the first 100 and a count of the rest", { timeout: 60_000 }, () => {
    const error = errorOf(() => parseSpec(`${head}duty:\n${"  a: 1\n".repeat(150_001)}`, "repeats.yaml"));
    expect(error.code).toBe("SPEC_PARSE");
    expect(error.issues).toHaveLength(101);
    expect(formatIssue(error.issues[0]!)).toBe('repeats.yaml:6:3: (root): cannot parse: Map keys must be unique ("a" appears again)');
    expect(error.issues[100]!.message).toBe("… and 149900 more problems (fix these first)");
  });

  it("keys that differ only in type are not duplicates (1 and \"1\")", () => {
    const error = errorOf(() => parseSpec(`${head}duty: { 1: a, "1": b }\n`, "types.yaml"));
    expect(error.code).toBe("SPEC_INVALID");
  });

  // A hang guard, not a timing test: the parser's own check took minutes on 100,000 keys.
  it("a mapping of 100,000 keys is answered, and the message names 10 of them", { timeout: 30_000 }, () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `  k${i}: 1`).join("\n");
    const error = errorOf(() => parseSpec(`${head}duty:\n${keys}\n`, "keys.yaml"));
    expect(error.code).toBe("SPEC_INVALID");
    expect(error.issues[0]!.message).toMatch(/^unknown fields `k0`, `k1`, .*`k9`, … \(100000 in all\)/);
    expect(error.issues[0]!.message.length).toBeLessThan(200);
  });
});

describe("a parser that gives up is still a user error", () => {
  it("nesting deep enough to exhaust the stack is SPEC_PARSE, not an internal error", () => {
    const depth = 200_000;
    const error = errorOf(() => parseSpec(`${head}units: ${"[".repeat(depth)}${"]".repeat(depth)}\n`, "deep.yaml"));
    expect(error.code).toBe("SPEC_PARSE");
  });
});

describe("a very long list of problems is cut short", () => {
  it("4,000 absences with two bad dates each give 100 issue lines and a count of the rest", { timeout: 30_000 }, () => {
    const rows = Array.from({ length: 4000 }, () => "  - { person: a, from: x, to: y }").join("\n");
    const error = errorOf(() => parseSpec(`${head}absences:\n${rows}\n`, "list.yaml"));
    expect(error.message).toBe("list.yaml: the spec has 8000 problems");
    expect(error.issues).toHaveLength(101);
    expect(formatIssue(error.issues[0]!)).toBe('list.yaml:5:24: absences[0].from: wrong format (expected a date as YYYY-MM-DD, found "x")');
    expect(error.issues[100]!.message).toBe("… and 7900 more problems (fix these first)");
  });
});
