import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "@yishi/domain";
import { resolveProfile } from "./resolve-profile.js";
import { errorOf as caught } from "./test-error-of.js";

describe("resolveProfile with an unknown base", () => {
  it("names the spec file, the field profile.base with its line, expected and found", () => {
    const file = join(mkdtempSync(join(tmpdir(), "yishi-profile-")), "spec.yaml");
    writeFileSync(file, "organization: { id: o, name: 区政府, jurisdiction: 钟山区 }\nprofile:\n  base: no-such-profile\npeople: [{ id: a, name: 甲, roles: [mayor] }]\n");
    const { spec } = loadSpec(file);
    const error = caught(() => resolveProfile(spec.profile, { file }));
    expect(error.code).toBe("PROFILE_UNKNOWN");
    expect(error.file).toBe(file);
    expect(error.path).toEqual(["profile", "base"]);
    expect(error.message).toBe(`${file}: profile.base: unknown rule profile "no-such-profile"`);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ file, line: 3, column: 9, path: ["profile", "base"], found: '"no-such-profile"' });
    expect(error.issues[0]!.expected).toMatch(/^a shipped profile: default, 钟山区 \(zhongshan\)/);
  });

  it("uses the caller's path for a profile given by name (e.g. a --profile option)", () => {
    const error = caught(() => resolveProfile("nope", { path: ["--profile"] }));
    expect(error.code).toBe("PROFILE_UNKNOWN");
    expect(error.message).toBe('--profile: unknown rule profile "nope"');
    expect(error.issues[0]).toMatchObject({ path: ["--profile"], line: undefined, found: '"nope"' });
  });
});
