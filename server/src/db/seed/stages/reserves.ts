import type { DetailedJob, DetailShared } from './detail-types';
import { MINUTE, iso } from '../clock';
import { reserveComments, reserveDescriptions } from '../data/phrases';

/** One reserve (sometimes two) on answered fields; returns how many stay unresolved. */
export function addReserves(shared: DetailShared, job: DetailedJob, answers: Map<string, unknown>, raisedAt: number): number {
  const { ctx, people } = shared;
  const { rng } = ctx;
  const candidates = job.type.template.fields.filter((f) => f.reservesAllowed && answers.has(f.id));
  const preferred = candidates.filter((f) => answers.get(f.id) === 'not_compliant' || answers.get(f.id) === true);
  const fields = rng.sample(preferred.length > 0 ? preferred : candidates, rng.chance(0.15) ? 2 : 1);
  let open = 0;
  for (const field of fields) {
    const forced = (['unresolved', 'resolved', 'compliant'] as const)[shared.reserveCount.value++];
    const raisedAs = forced === 'compliant' || (!forced && rng.chance(0.2)) ? 'compliant' : 'unresolved';
    const reserveId = ctx.ids.next();
    const events: { type: string; from: string | null; to: string | null; comment: string | null; data: object; actor: string; at: number }[] = [
      { type: 'raised', from: null, to: raisedAs, comment: null, data: { fieldId: field.id }, actor: job.manager.id, at: raisedAt },
    ];
    let status: 'unresolved' | 'resolved' | 'compliant' = raisedAs;
    let assigneeId: string | null = null;
    let resolvedAt: number | null = null;
    const latest = ctx.now - 30 * MINUTE;
    let t = raisedAt + rng.int(1, 20) * 60 * MINUTE;
    if (status === 'unresolved' && t < latest && (forced !== 'unresolved' || rng.chance(0.5))) {
      assigneeId = people.supervisor.id;
      events.push({ type: 'assigned', from: null, to: null, comment: null, data: { assigneeId }, actor: people.supervisor.id, at: t });
      t += rng.int(2, 96) * 60 * MINUTE;
      const outcome = forced === 'resolved' ? 'resolved' : forced === 'unresolved' ? null : rng.weighted([['resolved', 50], ['compliant', 10], [null, 40]] as const);
      if (outcome) {
        if (t >= latest) t = Math.max(events[events.length - 1].at + MINUTE, latest - rng.int(1, 20) * MINUTE);
        events.push({ type: 'status_changed', from: 'unresolved', to: outcome, comment: rng.pick(reserveComments[job.lang]), data: {}, actor: people.supervisor.id, at: t });
        status = outcome;
        if (outcome === 'resolved') resolvedAt = t;
      } else if (rng.chance(0.5) && t < latest) {
        events.push({ type: 'commented', from: null, to: null, comment: rng.pick(reserveComments[job.lang]), data: {}, actor: people.supervisor.id, at: t });
      }
    }
    ctx.writer.add('reserves', {
      id: reserveId,
      jobId: job.id,
      customerId: job.customer.id,
      templateId: job.type.template.id,
      fieldId: field.id,
      fieldLabel: field.label,
      familyLabel: field.familyLabel,
      status,
      description: rng.pick(reserveDescriptions[job.lang]),
      raisedBy: job.manager.id,
      raisedAt: iso(raisedAt),
      assigneeId,
      followUpJobId: null,
      resolvedAt: resolvedAt === null ? null : iso(resolvedAt),
      updatedAt: iso(events[events.length - 1].at),
      version: events.length,
    });
    for (const e of events) {
      ctx.writer.add('reserveEvents', {
        id: ctx.ids.next(),
        reserveId,
        type: e.type,
        fromStatus: e.from as 'unresolved' | null,
        toStatus: e.to as 'unresolved' | null,
        comment: e.comment,
        data: JSON.stringify(e.data),
        actorId: e.actor,
        occurredAt: iso(e.at),
      });
    }
    if (status === 'unresolved') open++;
  }
  return open;
}
