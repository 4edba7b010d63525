import { randomBytes } from 'node:crypto';

let lastMs = 0;
let sequence = 0;

/**
 * A UUID version 7: its first 48 bits are the time in ms, then a counter within the same ms, so
 * rows written one after the other in a process sort in writing order (a history's lines written
 * in the same millisecond keep their order when sorted by time, then id).
 */
export function timeOrderedId(now = Date.now()): string {
  if (now <= lastMs) {
    sequence++;
    now = lastMs;
  } else {
    lastMs = now;
    sequence = 0;
  }
  const time = now.toString(16).padStart(12, '0');
  const counter = (sequence & 0xfff).toString(16).padStart(3, '0');
  const random = randomBytes(8);
  random[0] = (random[0] & 0x3f) | 0x80; // RFC 9562 variant
  const tail = random.toString('hex');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${counter}-${tail.slice(0, 4)}-${tail.slice(4, 16)}`;
}
