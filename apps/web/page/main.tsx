import { render } from "preact";
import { App } from "./app.js";
import { checkSession, loadSession } from "./api.js";
import { loadLang, TEXT } from "./i18n.js";

performance.mark("yishi:script");
const root = document.getElementById("app")!;
loadSession().then(
  (session) => {
    performance.mark("yishi:session");
    render(<App session={session} />, root);
    // The first frame with the plan and its verdict drawn: what the benchmark reads.
    requestAnimationFrame(() => {
      performance.mark("yishi:drawn");
      document.body.dataset.ready = "true";
      setTimeout(() => {
        const problem = checkSession(session);
        document.body.dataset.sessionChecked = problem === undefined ? "true" : "false";
        if (problem !== undefined) {
          const banner = document.createElement("p");
          banner.className = "unchecked";
          banner.id = "session-invalid";
          banner.textContent = `${TEXT[loadLang()].error}: ${problem}`;
          document.body.prepend(banner);
        }
      }, 0);
    });
  },
  (error: unknown) => {
    const text = error instanceof Error && "text" in error ? (error as unknown as { text: { zh: string; en: string } }).text[loadLang()] : String(error);
    root.textContent = `${TEXT[loadLang()].error}: ${text}`;
  },
);
