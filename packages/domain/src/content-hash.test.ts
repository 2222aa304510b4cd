import { describe, expect, it } from "vitest";
import { canonicalJson, hashContent } from "./content-hash.js";

describe("content hash", () => {
  it("ignores key order and undefined members, at every level", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: undefined, w: 3 }], c: "x" } })).toBe('{"a":{"c":"x","d":[1,{"w":3,"y":2}]},"b":1}');
    expect(hashContent({ a: 1, b: [2, 3] })).toBe(hashContent({ b: [2, 3], a: 1 }));
  });

  it("tells apart values that differ anywhere: in a value, an array's order, a key", () => {
    const base = { people: [{ id: "a", roles: ["mayor"] }, { id: "b", roles: [] }], n: 1 };
    const hashes = new Set([base, { ...base, n: 2 }, { people: [...base.people].reverse(), n: 1 }, { people: [{ id: "a", roles: ["deputy"] }, { id: "b", roles: [] }], n: 1 }, { ...base, m: 1 }].map(hashContent));
    expect(hashes.size).toBe(5);
  });

  it("is sha-256 of the canonical text (the empty object's known digest)", () => {
    // sha256("{}") = 44136fa3…, a published test value, not one computed by this code.
    expect(hashContent({})).toBe("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
  });
});
