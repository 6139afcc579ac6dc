/**
 * Where the map's district labels go on screen, for the live map and the slides' still map alike: apart from each
 * other, and off districts too small to carry them, with a leader line back (placeLabels).
 */
import type { Position } from './geometry';

/** A label on screen: centre and size in pixels. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Offset {
  dx: number;
  dy: number;
}

/** The least room between two labels, in px, unless a caller asks for more. */
export const LABEL_GAP = 2;

/** Whether two labels come closer than `gap`. */
const crowds = (a: LabelBox, b: LabelBox, gap: number) =>
  Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap && Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap;

/**
 * Nudges overlapping labels apart, each pair along the axis where they overlap least, sharing the
 * move between both. Labels that do not touch stay where they are. Small neighbouring districts
 * (Futian between Nanshan and Luohu) otherwise stack their labels on top of each other.
 */
export function spreadLabels(boxes: readonly LabelBox[], gap = LABEL_GAP, maxRounds = 100): Offset[] {
  const at = boxes.map((b) => ({ x: b.x, y: b.y }));
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const overlapX = (boxes[i].width + boxes[j].width) / 2 + gap - Math.abs(at[i].x - at[j].x);
        const overlapY = (boxes[i].height + boxes[j].height) / 2 + gap - Math.abs(at[i].y - at[j].y);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        // The earlier label goes up or left when both sit exactly on the same spot.
        if (overlapY <= overlapX) {
          const push = overlapY / 2 + 0.01;
          const sign = at[j].y >= at[i].y ? 1 : -1;
          at[i].y -= sign * push;
          at[j].y += sign * push;
        } else {
          const push = overlapX / 2 + 0.01;
          const sign = at[j].x >= at[i].x ? 1 : -1;
          at[i].x -= sign * push;
          at[j].x += sign * push;
        }
      }
    }
    if (!moved) break;
  }
  return at.map((p, i) => ({ dx: p.x - boxes[i].x, dy: p.y - boxes[i].y }));
}

/** A district's box on screen, in the same pixels as its label's. */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelPlacement extends Offset {
  /** Placed off its district, below or above it: the map draws a leader line back to the district. */
  callout: boolean;
}

/**
 * Where a callout may go, in order of preference. Below first: Shenzhen's small districts lie on its southern
 * border. Above only where the map has the room and draws a leader from a label's lower edge (the slides' still
 * map; the live map's leaders start at a label's upper edge).
 */
export type CalloutSide = 'below' | 'above';

/** A label as big as this share of its district's land would hide the district it names. */
const CALLOUT_SHARE = 0.25;
/** Room between a district's edge and its called-out label, for the leader line to be seen. */
const LEADER_GAP = 6;
/** How far below its district a label may go looking for open space, in half label heights. */
const CALLOUT_STEPS = 4;
/**
 * How far below its point a called-out label may sit, in label heights: a tall district's label point lies far
 * above its southern edge, and a label that far away no longer reads as its district's; it stays on it instead.
 */
const MAX_LEADER = 2.5;
/** Rounds of moving callouts that spreading pushed out of place to their next spots, before they stay on their districts. */
const CALLOUT_ROUNDS = 4;
/** Where a callout may sit across from its point, in label widths, in order of preference. */
const CALLOUT_SHIFTS = [0, 0.5, -0.5, 1, -1];
/** How far apart the points checked along a leader are, in px: less than the narrowest strip of land worth noticing. */
const LEADER_STEP = 3;

/**
 * A 5 × 3 grid over a box: points at most a quarter of the label's width apart, so land reaching in between them
 * could only graze the label's edge.
 */
const boxPoints = ({ x, y, width, height }: LabelBox): Position[] =>
  [-0.5, -0.25, 0, 0.25, 0.5].flatMap((i) => [-0.5, 0, 0.5].map((j): Position => [x + i * width, y + j * height]));

/**
 * The live map's leader, of a callout below its point: from the middle of the label's top edge (leaderStart), with
 * the label at `offset` from its label point, back to that point.
 */
export function leaderTo(offset: Offset, height: number): { length: number; angle: number } {
  const start = leaderStart(offset, height);
  const x = -start.dx;
  const y = -start.dy;
  // The line is drawn upward and turned clockwise by `angle`, so (0, -1) turns into (sin, -cos).
  return { length: Math.hypot(x, y), angle: Math.atan2(x, -y) };
}

/** A label moved by its offset. */
const movedBy = (label: LabelBox, { dx, dy }: Offset): LabelBox => ({ ...label, x: label.x + dx, y: label.y + dy });

export type PlacedLabel = LabelBox & {
  slug: string;
  district: ScreenBox;
  land: number;
  /** Where its callout may go, in order (CalloutSide); below only unless given. */
  sides?: readonly CalloutSide[];
};

const sidesOf = (label: PlacedLabel): readonly CalloutSide[] => label.sides ?? ['below'];

/** Which district a point on screen lies on, or null for open space (see DistrictAt). */
type ScreenDistrictAt = (x: number, y: number) => string | null;

interface CalloutSpot {
  box: LabelBox;
  /** Which of the spots tried in turn this is (calloutSpot): the next try starts after it. */
  tried: number;
}

/** Where a leader leaves a label at `offset` from its point: the middle of the edge that faces the point. */
export function leaderStart({ dx, dy }: Offset, height: number): Offset {
  return { dx, dy: dy >= 0 ? dy - height / 2 : dy + height / 2 };
}

/** Points along a leader, a few pixels apart, from the label's edge that faces its point (leaderStart) to that point. */
function leaderPoints(label: PlacedLabel, offset: Offset): Position[] {
  const start = leaderStart(offset, label.height);
  const from: Position = [label.x + start.dx, label.y + start.dy];
  const count = Math.max(1, Math.ceil(Math.hypot(start.dx, start.dy) / LEADER_STEP));
  return Array.from({ length: count + 1 }, (_, i): Position => {
    const t = i / count;
    return [from[0] + (label.x - from[0]) * t, from[1] + (label.y - from[1]) * t];
  });
}

/** How far a label at `offset` leaves its point's row free: its gap above or below the point, in px. */
const clearance = (offset: Offset, height: number) => Math.abs(offset.dy) - height / 2;

/**
 * Whether a label at `offset` from its point is a callout a reader can follow: on open space, and with a short
 * leader that crosses no other district (a line over a neighbour would seem to name the neighbour).
 */
function calloutClear(label: PlacedLabel, offset: Offset, districtAt: ScreenDistrictAt): boolean {
  const moved = movedBy(label, offset);
  return (
    clearance(offset, label.height) <= MAX_LEADER * label.height &&
    boxPoints(moved).every(([x, y]) => districtAt(x, y) === null) &&
    leaderPoints(label, offset).every(([x, y]) => {
      const at = districtAt(x, y);
      return at === null || at === label.slug;
    })
  );
}

/** Spots a callout tries on each side of its district. */
const SPOTS_A_SIDE = (CALLOUT_STEPS + 1) * CALLOUT_SHIFTS.length;

/**
 * The first spot, from the `from`-th tried on, off its district on a side it may take, that makes a clear callout
 * (calloutClear), or null.
 */
function calloutSpot(label: PlacedLabel, districtAt: ScreenDistrictAt, from = 0): CalloutSpot | null {
  const { width, height, district, land } = label;
  const sides = sidesOf(label);
  const area = (district.right - district.left) * (district.bottom - district.top) * land;
  // A district with no area on screen (too far out, or a degenerate shape) has nothing a label could hide.
  if (!(area > 0) || (width * height) / area <= CALLOUT_SHARE) return null;
  // Each step half a label height further away: straight below (or above) first, then half a label, then a whole
  // label, to either side (a wide English label straight below Luohu would reach over Futian's shore).
  for (let tried = from; tried < SPOTS_A_SIDE * sides.length; tried++) {
    const below = sides[Math.floor(tried / SPOTS_A_SIDE)] === 'below';
    const spot = tried % SPOTS_A_SIDE;
    const away = LEADER_GAP + (height * (1 + Math.floor(spot / CALLOUT_SHIFTS.length))) / 2;
    const y = below ? district.bottom + away : district.top - away;
    const offset = { dx: CALLOUT_SHIFTS[spot % CALLOUT_SHIFTS.length] * width, dy: y - label.y };
    if (clearance(offset, height) > MAX_LEADER * height) {
      // Every later spot on this side lies further still: on to the next side.
      tried = (Math.floor(tried / SPOTS_A_SIDE) + 1) * SPOTS_A_SIDE - 1;
      continue;
    }
    if (calloutClear(label, offset, districtAt)) return { box: movedBy(label, offset), tried };
  }
  return null;
}

/** Whether a called-out label, where spreading left it, is still a clear callout on a side it may take. */
function calloutHolds(label: PlacedLabel, offset: Offset, districtAt: ScreenDistrictAt): boolean {
  const side: CalloutSide = offset.dy >= 0 ? 'below' : 'above';
  return (
    sidesOf(label).includes(side) &&
    clearance(offset, label.height) >= LEADER_GAP &&
    calloutClear(label, offset, districtAt)
  );
}

/**
 * Whether a label at `offset` covers more of other districts than of its own: a reader would take it for a
 * neighbour's.
 */
export function labelAstray(label: PlacedLabel, offset: Offset, districtAt: ScreenDistrictAt): boolean {
  let own = 0;
  let others = 0;
  for (const [x, y] of boxPoints(movedBy(label, offset))) {
    const at = districtAt(x, y);
    if (at === label.slug) own += 1;
    else if (at !== null) others += 1;
  }
  return others > own;
}

/** How close a label may come to another's leader: its points are LEADER_STEP apart, so none of the line is hidden. */
const LEADER_CLEARANCE = LEADER_STEP / 2 + 0.5;

/** Whether a label (centred at x, y) hides a point, or comes closer to it than LEADER_CLEARANCE. */
const hides = ({ x, y, width, height }: LabelBox, [px, py]: Position) =>
  Math.abs(x - px) < width / 2 + LEADER_CLEARANCE && Math.abs(y - py) < height / 2 + LEADER_CLEARANCE;

/** How far apart the places a label tries when it slides off a leader are, in px. */
const SLIDE_STEP = 2;

/** Whether another label lies over label i's leader (only callouts have one), with labels at `offsets`. */
function leaderHidden(labels: readonly PlacedLabel[], offsets: readonly Offset[], i: number): boolean {
  return leaderPoints(labels[i], offsets[i]).some((point) =>
    labels.some((label, j) => j !== i && hides(movedBy(label, offsets[j]), point)),
  );
}

/**
 * Slides labels sideways, the least distance that works, until no label lies over another's leader: the label on
 * the line moves, or the callout whose line it is. Each stays clear of the other labels and their leaders; a label
 * on its district keeps its own point under it, a callout stays a clear callout (calloutHolds) with its own leader
 * in sight. A label that finds no such place stays. A leader under a neighbour's label seems to point at that
 * label ("Nanshan 15" hid Futian's on an English phone, "盐田 4" lay across Luohu's).
 */
function clearLeaders(
  labels: readonly PlacedLabel[],
  offsets: readonly Offset[],
  callouts: readonly boolean[],
  districtAt: ScreenDistrictAt,
  gap: number,
): Offset[] {
  const result = [...offsets];
  const boxAt = (i: number, dx = result[i].dx) => movedBy(labels[i], { dx, dy: result[i].dy });
  labels.forEach((label, i) => {
    const others = labels.flatMap((other, j) => (j !== i && callouts[j] ? leaderPoints(other, result[j]) : []));
    const inTheWay = (dx: number) => others.some((point) => hides(boxAt(i, dx), point));
    if (!inTheWay(result[i].dx) && !(callouts[i] && leaderHidden(labels, result, i))) return;
    const fits = (dx: number) => {
      if (inTheWay(dx) || labels.some((_, j) => j !== i && crowds(boxAt(i, dx), boxAt(j), gap))) return false;
      if (!callouts[i]) return Math.abs(dx) < label.width / 2;
      const offset = { dx, dy: result[i].dy };
      return !leaderHidden(labels, result.with(i, offset), i) && calloutHolds(label, offset, districtAt);
    };
    for (let step = SLIDE_STEP; step <= label.width; step += SLIDE_STEP) {
      const dx = [result[i].dx - step, result[i].dx + step].find(fits);
      if (dx === undefined) continue;
      result[i] = { dx, dy: result[i].dy };
      return;
    }
  });
  return result;
}

/**
 * Where each district's label goes. A label too big for its district (Luohu and Futian on a phone) moves below
 * the district's box, straight down or to one side, with a leader line back, when the map shows no land there and
 * the line crosses no other district: Shenzhen's small districts lie on its southern border, by Hong Kong and the
 * sea. Where its `sides` allow it and nothing below is clear, it tries above the district the same way: the northern
 * districts border other cities (English names on a 4:3 slide sat mostly on their neighbours). A label whose
 * district is hemmed in by others stays on it. Then overlapping labels are spread apart; a callout that this
 * pushes back onto land, to a side it may not take or too far away tries its next spot or goes back on its
 * district, and the labels are spread again. Last, labels slide off other labels' leaders (clearLeaders); a
 * callout whose leader is still hidden tries its next spot, but never goes back on its district for that alone.
 * `land` is the district's landShare; `districtAt` says which district a point on screen lies on; `gap` is the least
 * room between labels (spreadLabels').
 */
export function placeLabels(
  labels: readonly PlacedLabel[],
  districtAt: ScreenDistrictAt,
  gap = LABEL_GAP,
): LabelPlacement[] {
  const spots = labels.map((label) => calloutSpot(label, districtAt));
  // The first placement with every callout clear, kept in case trying other spots for hidden leaders costs callouts.
  let first: LabelPlacement[] | null = null;
  for (let round = 0; ; round++) {
    const start = labels.map((label, i) => spots[i]?.box ?? label);
    const offsets = spreadLabels(start, gap).map(({ dx, dy }, i) => ({
      dx: start[i].x - labels[i].x + dx,
      dy: start[i].y - labels[i].y + dy,
    }));
    const failed = labels.flatMap((label, i) => (spots[i] && !calloutHolds(label, offsets[i], districtAt) ? [i] : []));
    if (failed.length === 0) {
      const callouts = spots.map((spot) => spot !== null);
      const cleared = clearLeaders(labels, offsets, callouts, districtAt, gap);
      const placements = cleared.map((offset, i) => ({ ...offset, callout: callouts[i] }));
      first ??= placements;
      // A leader still under another label: its callout tries its next spot, if it has one and rounds remain.
      const hidden = labels.flatMap((_, i) => (callouts[i] && leaderHidden(labels, cleared, i) ? [i] : []));
      const next = hidden.map((i) => calloutSpot(labels[i], districtAt, (spots[i]?.tried ?? 0) + 1));
      if (hidden.length === 0 || round >= CALLOUT_ROUNDS || next.includes(null)) return placements;
      hidden.forEach((i, k) => (spots[i] = next[k]));
      continue;
    }
    // A callout pushed out of its spot tries the next one; after a few rounds, it stays on its district. Each round
    // after those takes at least one callout back, so this ends.
    for (const i of failed) {
      const spot = spots[i];
      spots[i] = spot && round < CALLOUT_ROUNDS ? calloutSpot(labels[i], districtAt, spot.tried + 1) : null;
    }
    // Spots only ever go from callouts to none, and this is where: a callout lost after the first clear placement.
    if (first && spots.some((spot, i) => !spot && first?.[i].callout)) return first;
  }
}
