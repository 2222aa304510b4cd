export { createHighsBackend } from "./highs-backend.js";
