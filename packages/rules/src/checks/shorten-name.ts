/** The longest name a spec may hold (domain LIMITS.maxNameLength): longer ones reach `check` only from code. */
const LONGEST = 200;

/**
 * A name as a message shows it: whole up to 200 characters, else its first
 * 200 and "…". A 1 MB title would otherwise be copied into every message
 * naming the meeting, in both languages, and the report would outgrow the plan.
 */
export function shortenName(name: string): string {
  if (name.length <= LONGEST) return name;
  // Never split a surrogate pair.
  const code = name.charCodeAt(LONGEST - 1);
  return `${name.slice(0, code >= 0xd800 && code <= 0xdbff ? LONGEST - 1 : LONGEST)}…`;
}
