import { useEffect, useState } from "preact/hooks";

/** Phone width: the tapped day's detail is shown in the calendar, right below its week. */
const QUERY = "(max-width: 760px)";

export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => matchMedia(QUERY).matches);
  useEffect(() => {
    const list = matchMedia(QUERY);
    const onChange = () => setNarrow(list.matches);
    list.addEventListener("change", onChange);
    return () => list.removeEventListener("change", onChange);
  }, []);
  return narrow;
}
