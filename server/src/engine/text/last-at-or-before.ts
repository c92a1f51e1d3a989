/** The index of the last of ascending `values` at or before `offset`; 0 when none is (by binary search). */
export function lastAtOrBefore(values: readonly number[], offset: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (values[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
