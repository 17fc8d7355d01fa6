/** A box on the page, as getBoundingClientRect gives it. */
export interface Edges {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether two boxes on the page share any area (boxes that only touch do not). */
export const overlap = (a: Edges, b: Edges): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
