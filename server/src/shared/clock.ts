export const nowIso = () => new Date().toISOString();

export const isoMinus = (ms: number, from = Date.now()) => new Date(from - ms).toISOString();

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
