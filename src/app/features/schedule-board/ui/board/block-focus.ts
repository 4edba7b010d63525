import type { MoveKey } from '../board-moves';

/**
 * Where an arrow key takes the focus when no job is picked up: Left/Right along a row (or up and
 * down the pool), Up/Down to the nearest block of the next row that has one.
 */
export function focusedAfterArrow(host: HTMLElement, from: HTMLElement, key: MoveKey): HTMLElement | undefined {
  if (from.classList.contains('pool-job')) {
    const pool = Array.from(host.querySelectorAll<HTMLElement>('.pool-job'));
    return pool[pool.indexOf(from) + (key === 'ArrowDown' || key === 'ArrowRight' ? 1 : -1)];
  }
  const blocks = Array.from(host.querySelectorAll<HTMLElement>('.block'));
  const rowOf = (el: HTMLElement) => Number(el.dataset['row']);
  const row = rowOf(from);
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const same = blocks.filter((el) => rowOf(el) === row);
    return same[same.indexOf(from) + (key === 'ArrowRight' ? 1 : -1)];
  }
  const step = key === 'ArrowDown' ? 1 : -1;
  const rows = blocks.map(rowOf);
  const lastRow = Math.max(...rows, row);
  for (let r = row + step; r >= 0 && r <= lastRow; r += step) {
    const candidates = blocks.filter((el) => rowOf(el) === r);
    if (candidates.length > 0) {
      return candidates.reduce((best, el) =>
        Math.abs(el.offsetLeft - from.offsetLeft) < Math.abs(best.offsetLeft - from.offsetLeft) ? el : best,
      );
    }
  }
  return undefined;
}
