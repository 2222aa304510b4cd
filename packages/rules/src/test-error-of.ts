import { YishiError } from "@yishi/domain";

/** Runs `fn` and returns the YishiError it throws (any other outcome fails the test). */
export function errorOf(fn: () => unknown): YishiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof YishiError) return error;
    throw error;
  }
  throw new Error("expected a YishiError");
}
