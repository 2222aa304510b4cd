import type { z } from "zod";
import { editDistance } from "./edit-distance.js";

/** The parts of a zod schema's definition this walk reads (zod 4's `_zod.def`). */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: readonly z.ZodType[];
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The field names the object at `path` of `schema` allows (for a union, those
 * of any of its forms), so an unknown field can be answered with the one the
 * writer probably meant. Empty when the path leads to no object.
 */
export function findKnownFields(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let current = expand(schema);
  for (const key of path) {
    const next: z.ZodType[] = [];
    for (const s of current) {
      const def = defOf(s);
      if (def.type === "array" && typeof key === "number" && def.element) next.push(def.element);
      else if (def.type === "object" && typeof key === "string" && def.shape?.[key]) next.push(def.shape[key]);
      else if (def.type === "record" && def.valueType) next.push(def.valueType);
    }
    current = next.flatMap(expand);
  }
  const fields = new Set<string>();
  for (const s of current) {
    const def = defOf(s);
    if (def.type === "object" && def.shape) for (const k of Object.keys(def.shape)) fields.add(k);
  }
  return [...fields];
}

/** The schema's concrete forms: wrappers (optional, default, pipe…) removed, unions split. */
function expand(schema: z.ZodType, depth = 0): z.ZodType[] {
  if (depth > 20) return [];
  const def = defOf(schema);
  if (def.innerType) return expand(def.innerType, depth + 1);
  if (def.type === "pipe" && def.in) return expand(def.in, depth + 1);
  if (def.type === "lazy" && def.getter) return expand(def.getter(), depth + 1);
  if (def.type === "union" && def.options) return def.options.flatMap((o) => expand(o, depth + 1));
  return [schema];
}

/**
 * The known field closest in spelling to `unknown`, when it is close enough to
 * be a typo (`aproved` → `approved`, `memebers` → `members`); undefined otherwise.
 */
export function findCloseSpelling(unknown: string, known: readonly string[]): string | undefined {
  // Long keys (a 1 MB key) are not typos of a field name: skip the quadratic distance.
  if (unknown.length > 64) return undefined;
  const limit = Math.max(1, Math.floor(unknown.length / 3));
  let best: { field: string; distance: number } | undefined;
  for (const field of known) {
    const distance = editDistance(unknown.toLowerCase(), field.toLowerCase());
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { field, distance };
  }
  return best?.field;
}
