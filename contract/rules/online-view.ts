/** A job's online-view link: working, revoked by the office, or past its days after the job closed. */
export const onlineViewStates = ['active', 'revoked', 'expired'] as const;
export type OnlineViewState = (typeof onlineViewStates)[number];
