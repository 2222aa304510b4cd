/**
 * The relative size of the error bound put on a float sum of at most
 * `terms` products (a sum over rows and columns). Such a sum is off by at
 * most about terms·2⁻⁵³ times the sum of its terms' magnitudes (each product
 * and each addition rounds once), so (terms + 4)·2⁻⁵⁰ covers it eight times
 * over; never less than 10⁻¹², which is what up to a thousand terms get.
 */
export function safetyFor(terms: number): number {
  return Math.max(1e-12, (terms + 4) * 2 ** -50);
}
