import { describe, expect, it, vi } from "vitest";
import { parsePlainJson } from "./parse-plain-json.js";

const yamlCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock("yaml", async (importOriginal) => {
  const yaml = await importOriginal<typeof import("yaml")>();
  return {
    ...yaml,
    parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => {
      yamlCalls.count++;
      return yaml.parseDocument(...args);
    },
  };
});
// Imported after the mock is declared (vi.mock is hoisted above the imports either way).
const { MAX_LOCATED_JSON_CHARS, parseDocumentText } = await import("./parse-document.js");

describe("parsePlainJson", () => {
  it("reads plain JSON as JSON.parse does", () => {
    const text = JSON.stringify({ a: [1, { b: "x\"}{,[", c: null }], "\u00e9": -0.5, __proto__x: true });
    expect(parsePlainJson(text)).toEqual({ value: JSON.parse(text) });
    expect(parsePlainJson(`\n  ${text}\n`)).toEqual({ value: JSON.parse(text) });
    expect(parsePlainJson("[]")).toEqual({ value: [] });
  });

  it("leaves to the YAML parser a text that is not JSON", () => {
    expect(parsePlainJson("organization: { id: o }\n")).toBeUndefined();
    expect(parsePlainJson('{ "a": 1, }')).toBeUndefined();
    expect(parsePlainJson('{ a: 1 }')).toBeUndefined();
    expect(parsePlainJson("")).toBeUndefined();
  });

  it("leaves to the YAML parser a key repeated in one object, however written", () => {
    expect(parsePlainJson('{ "a": 1, "b": { "a": 2 }, "c": [{ "a": 3 }, { "a": 4 }] }')).toBeDefined();
    expect(parsePlainJson('{ "a": 1, "b": 2, "a": 3 }')).toBeUndefined();
    expect(parsePlainJson('{ "b": { "x": "a", "x": 1 } }')).toBeUndefined();
    expect(parsePlainJson('[{ "k": 1 }, { "k\\\\": 1, "k": 2, "\\u006b": 3 }]')).toBeUndefined();
    // Braces, commas and quotes inside strings are text, not structure.
    expect(parsePlainJson('{ "a": "\\", \\"a\\": {", "b": ["a", "a"] }')).toBeDefined();
  });

  it("agrees with the YAML path on value, problems and positions", () => {
    const text = '{\n  "people": [\n    { "id": "a", "name": "甲" },\n    { "id": "b", "roles": ["x"] }\n  ]\n}\n';
    const fast = parseDocumentText(text, "x.json");
    // A trailing YAML comment makes the same document something JSON.parse rejects.
    const slow = parseDocumentText(`${text}# end\n`, "x.json");
    expect(fast.value).toEqual(slow.value);
    expect(fast.syntaxIssues).toEqual([]);
    for (const path of [[], ["people"], ["people", 1, "roles", 0], ["people", 0, "name"], ["people", 5, "id"]]) expect(fast.locate(path)).toEqual(slow.locate(path));
    expect(fast.locate(["people", 1, "roles", 0])).toEqual({ line: 4, column: 28 });
  });

  it("builds the YAML parser's document for plain JSON only when a position is asked for, and once", () => {
    const before = yamlCalls.count;
    const doc = parseDocumentText(JSON.stringify({ meetings: Array.from({ length: 50 }, (_, i) => ({ id: `m${i}` })) }), "plan.json");
    expect(yamlCalls.count).toBe(before);
    expect(doc.locate(["meetings", 3, "id"])).toEqual({ line: 1, column: expect.any(Number) });
    expect(doc.locate(["meetings", 4, "id"])).toBeDefined();
    expect(yamlCalls.count).toBe(before + 1);
    parseDocumentText("meetings: []\n", "plan.yaml");
    expect(yamlCalls.count).toBe(before + 2);
  });

  it("gives no position, and builds no YAML document, for plain JSON past MAX_LOCATED_JSON_CHARS", () => {
    const before = yamlCalls.count;
    const doc = parseDocumentText(JSON.stringify({ pad: "x".repeat(MAX_LOCATED_JSON_CHARS), id: 1 }), "big.json");
    expect(doc.value).toMatchObject({ id: 1 });
    expect(doc.locate(["id"])).toBeUndefined();
    expect(yamlCalls.count).toBe(before);
  });

  it("still reports a repeated key in a .json file at its line", () => {
    const doc = parseDocumentText('{\n  "a": 1,\n  "a": 2\n}\n', "dup.json");
    expect(doc.syntaxIssues).toEqual([expect.objectContaining({ line: 3, column: 3, message: 'cannot parse: Map keys must be unique ("a" appears again)' })]);
  });
});
