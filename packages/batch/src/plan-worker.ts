/**
 * The processor file a pool thread loads: one async function, the shape
 * piscina (and BullMQ's sandboxed processors) expect.
 */
import { planGovernment } from "./plan-government.js";

export default planGovernment;
