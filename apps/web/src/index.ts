export { startViewServer } from "./view-server.js";
export type { ViewServer, ViewServerOptions } from "./view-server.js";
export { buildViewPayload } from "./view-payload.js";
export type { DayFact, ViewPayload, ViewPayloadOptions } from "./view-payload.js";
