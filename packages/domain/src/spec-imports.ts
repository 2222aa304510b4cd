import { z } from "zod";
import { FilePath } from "./primitives.js";

/**
 * Lists a spec takes from Excel (.xlsx) or CSV forms instead of writing them
 * out: the staff list (人员名单) and the filed agenda items (议题申报表), paths
 * relative to the spec. Their rows are added after the spec's own entries and
 * validated by the same schemas. Reading them needs the table reader above
 * this package (@yishi/tables, which the `yishi` command line uses).
 */
export const SpecImports = z.strictObject({
  people: FilePath.optional(),
  agendaItems: FilePath.optional(),
});
export type SpecImports = z.infer<typeof SpecImports>;
