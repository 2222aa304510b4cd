import { render } from "preact";
import { App } from "./app.js";
import { loadSession } from "./api.js";
import { loadLang, TEXT } from "./i18n.js";

const root = document.getElementById("app")!;
loadSession().then(
  (session) => render(<App session={session} />, root),
  (error: unknown) => {
    const text = error instanceof Error && "text" in error ? (error as unknown as { text: { zh: string; en: string } }).text[loadLang()] : String(error);
    root.textContent = `${TEXT[loadLang()].error}: ${text}`;
  },
);
