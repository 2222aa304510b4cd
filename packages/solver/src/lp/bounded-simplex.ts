/**
 * A dense bounded-variable simplex for small LPs that grow by cuts:
 * max cᵀx subject to rows Σ a_j x_j ≤ b (b ≥ 0, so x = 0 is feasible) and
 * 0 ≤ x_j ≤ 1, with one slack per row. The whole tableau is kept (rows ×
 * (columns + slacks)), so a row of B⁻¹ — the multipliers behind a tableau
 * row, which cuts are derived from — is read off the slack columns. Primal
 * simplex solves the first LP; after cuts are appended, dual simplex
 * re-optimises from the basis in hand. Pivots are counted, not timed, so a
 * run is the same on every machine.
 *
 * Nothing here is trusted for a proof: its duals and rows are only hints, and
 * the callers check every bound and cut with their own safe arithmetic.
 */

/** A row Σ val[k]·x[idx[k]] ≤ rhs over the structural columns. */
export interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
  rhs: number;
}

/** Σ a_j x_j of a row at x. */
export function rowValue(row: SparseRow, x: ArrayLike<number>): number {
  let v = 0;
  for (let k = 0; k < row.idx.length; k++) v += row.val[k]! * x[row.idx[k]!]!;
  return v;
}

const PIVOT_TOL = 1e-9;
const FEAS_TOL = 1e-9;
const DUAL_TOL = 1e-9;
/** Degenerate pivots in a row before the entering rule turns to Bland's (which cannot cycle). */
const DEGENERATE_RUN = 50;

export type SimplexStatus = "optimal" | "pivot-limit" | "unbounded" | "infeasible";

export class BoundedSimplex {
  readonly n: number;
  /** Rows in the tableau (structural rows, then appended cuts). */
  m = 0;
  private readonly width: number;
  private readonly rows: Float64Array[] = [];
  /** Reduced costs d_j = c_j − c_Bᵀ B⁻¹ A_j over every column (0 for basics). */
  private readonly d: Float64Array;
  /** Variable basic in each row, and the value it takes. */
  private readonly basis: number[] = [];
  private readonly xB: number[] = [];
  /** Row of a basic variable, or −1. */
  private readonly rowOf: Int32Array;
  /** Nonbasic structural columns resting at their upper bound 1. */
  private readonly atUpper: Uint8Array;
  /** Nonbasic columns held where they rest: they never enter the basis again. */
  private readonly held: Uint8Array;
  pivots = 0;
  /** Tableau cells the pivots have touched (rows × columns in use, per pivot): what the run cost, as a count. */
  work = 0;

  /**
   * `c` per structural column; `capacity` bounds the rows ever held
   * (structural rows plus cuts), which fixes the tableau's width.
   */
  constructor(c: ArrayLike<number>, rows: readonly SparseRow[], capacity: number) {
    this.n = c.length;
    this.width = this.n + capacity;
    this.d = new Float64Array(this.width);
    for (let j = 0; j < this.n; j++) this.d[j] = c[j]!;
    this.rowOf = new Int32Array(this.width).fill(-1);
    this.atUpper = new Uint8Array(this.width);
    this.held = new Uint8Array(this.width);
    for (const row of rows) this.addRow(row);
  }

  /**
   * Drops the rows `drop` picks among those whose slacks are basic (rows that
   * do not bind at this point: without them the point and the duals are the
   * same), narrowing the tableau. Returns the indices, in the old numbering,
   * of the rows kept, in order.
   */
  dropSlackRows(drop: (i: number) => boolean): number[] {
    const kept: number[] = [];
    const newIndex = new Int32Array(this.m).fill(-1);
    for (let i = 0; i < this.m; i++) {
      if (this.rowOf[this.n + i]! >= 0 && drop(i)) continue;
      newIndex[i] = kept.length;
      kept.push(i);
    }
    if (kept.length === this.m) return kept;
    const cols = this.n + this.m;
    const column = (k: number) => (k < this.n ? k : this.n + newIndex[k - this.n]!);
    const keptColumn = (k: number) => k < this.n || newIndex[k - this.n] !== -1;
    const rows: Float64Array[] = [];
    const basis: number[] = [];
    const xB: number[] = [];
    for (let r = 0; r < this.m; r++) {
      const b = this.basis[r]!;
      if (!keptColumn(b)) continue; // the dropped slack's own row
      const src = this.rows[r]!;
      const t = new Float64Array(this.width);
      for (let k = 0; k < cols; k++) if (src[k] !== 0 && keptColumn(k)) t[column(k)] = src[k]!;
      rows.push(t);
      basis.push(column(b));
      xB.push(this.xB[r]!);
    }
    const d = this.d.slice(0, cols);
    this.d.fill(0);
    for (let k = 0; k < cols; k++) if (keptColumn(k)) this.d[column(k)] = d[k]!;
    this.rows.splice(0, this.rows.length, ...rows);
    this.basis.splice(0, this.basis.length, ...basis);
    this.xB.splice(0, this.xB.length, ...xB);
    this.rowOf.fill(-1);
    basis.forEach((v, r) => (this.rowOf[v] = r));
    // Slacks never rest at an upper bound nor are held, so those flags stay with the structural columns.
    this.m = kept.length;
    return kept;
  }

  /** The value of row i's slack: its basic value, or 0 when nonbasic. */
  slackValue(i: number): number {
    const r = this.rowOf[this.n + i]!;
    return r >= 0 ? this.xB[r]! : 0;
  }

  /** Upper bound of a column: 1 for a structural one, none for a slack. */
  private upper(j: number): number {
    return j < this.n ? 1 : Number.POSITIVE_INFINITY;
  }

  /** Current value of every structural column. */
  values(): Float64Array {
    const x = new Float64Array(this.n);
    for (let j = 0; j < this.n; j++) x[j] = this.rowOf[j]! >= 0 ? this.xB[this.rowOf[j]!]! : this.atUpper[j]! ? 1 : 0;
    return x;
  }

  /** Row multipliers y_i = −d(slack i): the LP duals, ≥ 0 at an optimum. */
  duals(): Float64Array {
    const y = new Float64Array(this.m);
    for (let i = 0; i < this.m; i++) y[i] = -this.d[this.n + i]!;
    return y;
  }

  /** The objective's value at the current basis, given c. */
  objective(c: ArrayLike<number>): number {
    const x = this.values();
    let z = 0;
    for (let j = 0; j < this.n; j++) z += c[j]! * x[j]!;
    return z;
  }

  /** Basic variable of row r and its value. */
  basic(r: number): { variable: number; value: number } {
    return { variable: this.basis[r]!, value: this.xB[r]! };
  }

  /** Row r of B⁻¹: the multipliers of the rows whose sum is tableau row r. */
  multipliers(r: number): Float64Array {
    return this.rows[r]!.slice(this.n, this.n + this.m);
  }

  isAtUpper(j: number): boolean {
    return this.atUpper[j] === 1;
  }

  isBasic(j: number): boolean {
    return this.rowOf[j]! >= 0;
  }

  /** Holds nonbasic column j at the bound it rests on (reduced-cost fixing); a basic column cannot be held. */
  hold(j: number): void {
    if (this.rowOf[j]! >= 0) throw new Error(`column ${j} is basic`);
    this.held[j] = 1;
  }

  /**
   * Appends a row with its slack basic: the row is rewritten in the
   * nonbasic columns (subtracting the basic columns' tableau rows) and the
   * slack takes rhs − row·x, negative when the row cuts the current point.
   */
  addRow(row: SparseRow): void {
    if (this.n + this.m >= this.width) throw new Error("tableau capacity exceeded");
    const t = new Float64Array(this.width);
    for (let k = 0; k < row.idx.length; k++) t[row.idx[k]!]! += row.val[k]!;
    const slack = this.n + this.m;
    // Columns past the slacks in use are zero in every row.
    const cols = slack;
    // Term by term rather than rhs − rowValue: the rounding order is part of the path the cuts take
    // (summing first proved 374 of the 408 province agendas instead of 377).
    let value = row.rhs;
    const x = this.values();
    for (let k = 0; k < row.idx.length; k++) value -= row.val[k]! * x[row.idx[k]!]!;
    for (let j = 0; j < this.n; j++) {
      const r = this.rowOf[j]!;
      const a = t[j]!;
      if (r < 0 || a === 0) continue;
      const src = this.rows[r]!;
      for (let k = 0; k < cols; k++) if (src[k] !== 0) t[k]! -= a * src[k]!;
      t[j] = 0;
    }
    t[slack] = 1;
    this.rows.push(t);
    this.basis.push(slack);
    this.xB.push(value);
    this.rowOf[slack] = this.m;
    this.m++;
  }

  /** Pivots column j into row r: the tableau, the reduced costs and the bookkeeping. */
  private pivot(r: number, j: number): void {
    const pr = this.rows[r]!;
    const inv = 1 / pr[j]!;
    const cols = this.n + this.m;
    for (let k = 0; k < cols; k++) pr[k]! *= inv;
    pr[j] = 1;
    for (let i = 0; i < this.m; i++) {
      if (i === r) continue;
      const row = this.rows[i]!;
      const f = row[j]!;
      if (f === 0) continue;
      for (let k = 0; k < cols; k++) {
        const v = pr[k]!;
        if (v !== 0) row[k]! -= f * v;
      }
      row[j] = 0;
    }
    const f = this.d[j]!;
    if (f !== 0) {
      for (let k = 0; k < cols; k++) {
        const v = pr[k]!;
        if (v !== 0) this.d[k]! -= f * v;
      }
      this.d[j] = 0;
    }
    const leaving = this.basis[r]!;
    this.rowOf[leaving] = -1;
    this.basis[r] = j;
    this.rowOf[j] = r;
    this.atUpper[j] = 0;
    this.pivots++;
    this.work += this.m * cols;
  }

  /** Moves nonbasic column j by delta, carrying the basic values with it. */
  private shift(j: number, delta: number): void {
    for (let i = 0; i < this.m; i++) {
      const a = this.rows[i]![j]!;
      if (a !== 0) this.xB[i]! -= a * delta;
    }
  }

  /** Primal simplex from a primal feasible basis, within `maxPivots` pivots and `maxWork` cells touched. */
  solvePrimal(maxPivots: number, maxWork = Number.POSITIVE_INFINITY): SimplexStatus {
    let degenerate = 0;
    const cols = () => this.n + this.m;
    for (;;) {
      const bland = degenerate >= DEGENERATE_RUN;
      let enter = -1;
      let best = 0;
      for (let j = 0; j < cols(); j++) {
        if (this.rowOf[j]! >= 0 || this.held[j]) continue;
        const dj = this.d[j]!;
        const gain = this.atUpper[j] ? -dj : dj;
        if (gain > DUAL_TOL && (bland ? enter < 0 : gain > best)) {
          enter = j;
          best = gain;
        }
      }
      if (enter < 0) return "optimal";
      if (this.pivots >= maxPivots || this.work >= maxWork) return "pivot-limit";
      const dir = this.atUpper[enter] ? -1 : 1;
      let theta = this.upper(enter);
      let leave = -1;
      let leaveToUpper = false;
      for (let i = 0; i < this.m; i++) {
        const a = dir * this.rows[i]![enter]!;
        if (Math.abs(a) <= PIVOT_TOL) continue;
        const b = this.basis[i]!;
        const v = this.xB[i]!;
        let limit: number;
        let toUpper: boolean;
        if (a > 0) {
          limit = Math.max(0, v) / a;
          toUpper = false;
        } else {
          const u = this.upper(b);
          if (!Number.isFinite(u)) continue;
          limit = Math.max(0, u - v) / -a;
          toUpper = true;
        }
        if (limit < theta - 1e-12 || (leave >= 0 && limit <= theta + 1e-12 && (bland ? b < this.basis[leave]! : Math.abs(a) > Math.abs(dir * this.rows[leave]![enter]!)))) {
          theta = limit;
          leave = i;
          leaveToUpper = toUpper;
        }
      }
      if (leave < 0 && !Number.isFinite(theta)) return "unbounded";
      degenerate = theta <= 1e-12 ? degenerate + 1 : 0;
      this.shift(enter, dir * theta);
      if (leave < 0) {
        this.atUpper[enter] = this.atUpper[enter] ? 0 : 1; // bound flip
        continue;
      }
      const enteringValue = (this.atUpper[enter] ? 1 : 0) + dir * theta;
      const leaving = this.basis[leave]!;
      this.pivot(leave, enter);
      this.xB[leave] = enteringValue;
      this.atUpper[leaving] = leaveToUpper ? 1 : 0;
    }
  }

  /** Dual simplex from a dual feasible basis (after rows were appended), within `maxPivots` pivots and `maxWork` cells touched. */
  solveDual(maxPivots: number, maxWork = Number.POSITIVE_INFINITY): SimplexStatus {
    for (;;) {
      let leave = -1;
      let worst = FEAS_TOL;
      for (let i = 0; i < this.m; i++) {
        const v = this.xB[i]!;
        const excess = Math.max(-v, v - this.upper(this.basis[i]!));
        if (excess > worst) {
          worst = excess;
          leave = i;
        }
      }
      if (leave < 0) return "optimal";
      if (this.pivots >= maxPivots || this.work >= maxWork) return "pivot-limit";
      const row = this.rows[leave]!;
      const v = this.xB[leave]!;
      const below = v < 0;
      const target = below ? 0 : this.upper(this.basis[leave]!);
      let enter = -1;
      let ratio = Number.POSITIVE_INFINITY;
      for (let j = 0; j < this.n + this.m; j++) {
        if (this.rowOf[j]! >= 0 || this.held[j]) continue;
        const a = row[j]!;
        if (Math.abs(a) <= PIVOT_TOL) continue;
        // Raising x_B needs a column moving against its tableau entry's sign.
        const up = this.atUpper[j] === 0;
        if (below ? (up ? a > 0 : a < 0) : (up ? a < 0 : a > 0)) continue;
        const q = Math.abs(this.d[j]!) / Math.abs(a);
        if (q < ratio - 1e-12 || (q <= ratio + 1e-12 && enter >= 0 && Math.abs(a) > Math.abs(row[enter]!))) {
          ratio = q;
          enter = j;
        }
      }
      if (enter < 0) return "infeasible";
      const delta = (v - target) / row[enter]!;
      const enteringValue = (this.atUpper[enter] ? 1 : 0) + delta;
      const leaving = this.basis[leave]!;
      this.shift(enter, delta);
      this.pivot(leave, enter);
      this.xB[leave] = enteringValue;
      this.atUpper[leaving] = below ? 0 : 1;
    }
  }
}
