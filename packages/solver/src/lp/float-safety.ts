/**
 * Relative size of the error bound put on every float sum here: a sum of k
 * terms is off by at most k·2⁻⁵³ times the sum of their magnitudes, and
 * k < 10⁴, so 10⁻¹² of the magnitudes covers it many times over.
 */
export const SAFETY = 1e-12;
