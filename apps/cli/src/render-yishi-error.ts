import { formatIssue, type YishiError } from "@yishi/domain";

/** `yishi: CODE: message`, then one line per problem: how every user mistake is printed. */
export function renderYishiError(error: YishiError): string {
  const lines = [`yishi: ${error.code}: ${error.message}`];
  for (const issue of error.issues) lines.push(`  - ${formatIssue(issue)}`);
  return lines.join("\n");
}
