import type { Role } from '@contract';

/** Who triages reserves; dispatchers read the inbox only (the server refuses them anyway). */
export const RESERVE_TRIAGERS: readonly Role[] = ['admin', 'supervisor'];
export const canTriage = (role: Role | null | undefined) => !!role && RESERVE_TRIAGERS.includes(role);
