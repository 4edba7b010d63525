// A test-only preload (`node --import ./scripts/fixed-clock.mjs …`): when FIELDDESK_NOW is set,
// `Date` reads that instant at the real moment FIELDDESK_NOW_SINCE (epoch ms; default: when this
// process started) and then runs at the normal pace, so the seed, the server and the journeys can
// share one "now" at any hour of any day. Without FIELDDESK_NOW it does nothing.
//
// Only `Date` moves: timers, `performance.now()` and the database's own clock stay real. This is a
// ten-line shim rather than @sinonjs/fake-timers because the clock must keep running on its own
// (fake-timers' `shouldAdvanceTime` ticks it with an interval that also keeps short-lived processes
// such as the seed alive).
const instant = process.env.FIELDDESK_NOW;
if (instant) {
  const at = Date.parse(instant);
  if (Number.isNaN(at)) throw new Error(`FIELDDESK_NOW is not an ISO date-time: ${instant}`);
  const RealDate = Date;
  const offset = at - Number(process.env.FIELDDESK_NOW_SINCE || RealDate.now());
  const now = () => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
  });
}
