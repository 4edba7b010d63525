import { isoOfLocalInput, localInputValue, rescheduleForm, rescheduleInput, techniciansNamed } from './reschedule-form';

describe('reschedule form', () => {
  const technicians = [
    { id: 'u-7', name: 'Théo Martin' },
    { id: 'u-8', name: 'Inès Roux' },
    { id: 'u-9', name: 'Paul Petit' },
  ];
  const job = {
    number: 'J-000042',
    customerName: 'Boulangerie Martin',
    plannedStart: '2026-11-26T08:00:00.000Z',
    plannedEnd: '2026-11-26T11:00:00.000Z',
    proposedStart: '2026-11-30T13:00:00.000Z',
    managerId: 'u-7',
    auxiliaryIds: techniciansNamed(['Inès Roux'], technicians),
    declineReason: 'Van broken',
  };

  it('starts from the proposed date, keeping the planned duration, the manager and the auxiliaries', () => {
    const form = rescheduleForm(job);
    const value = form.getRawValue();
    expect(isoOfLocalInput(value.plannedStart)).toBe('2026-11-30T13:00:00.000Z');
    expect(isoOfLocalInput(value.plannedEnd)).toBe('2026-11-30T16:00:00.000Z');
    expect(value.managerId).toBe('u-7');
    expect(value.auxiliaryIds).toEqual(['u-8']);
    expect(rescheduleInput(form)).toEqual({
      plannedStart: '2026-11-30T13:00:00.000Z',
      plannedEnd: '2026-11-30T16:00:00.000Z',
      managerId: 'u-7',
      auxiliaryIds: ['u-8'],
    });
  });

  it('refuses an end that is not after the start', () => {
    const form = rescheduleForm(job);
    form.controls.plannedEnd.setValue(form.controls.plannedStart.value);
    expect(form.hasError('endBeforeStart')).toBeTrue();
    expect(rescheduleInput(form)).toBeNull();
    form.controls.plannedEnd.setValue(localInputValue('2026-11-30T12:00:00.000Z'));
    expect(form.hasError('endBeforeStart')).toBeTrue();
    form.controls.plannedEnd.setValue(localInputValue('2026-11-30T13:15:00.000Z'));
    expect(form.valid).toBeTrue();
  });

  it('needs both dates and a job manager, and nobody both manager and auxiliary', () => {
    const form = rescheduleForm({ ...job, proposedStart: null, plannedStart: null, plannedEnd: null, managerId: null });
    expect(form.controls.plannedStart.hasError('required')).toBeTrue();
    expect(form.controls.managerId.hasError('required')).toBeTrue();
    form.setValue({ plannedStart: '2026-12-01T08:00', plannedEnd: '2026-12-01T09:00', managerId: 'u-8', auxiliaryIds: ['u-8'] });
    expect(form.hasError('managerIsAuxiliary')).toBeTrue();
    expect(rescheduleInput(form)).toBeNull();
  });

  it('keeps the planned dates when nothing was proposed (the job page), and leaves the manager out of the auxiliaries', () => {
    const form = rescheduleForm({ number: 'J-000042', plannedStart: job.plannedStart, plannedEnd: job.plannedEnd, managerId: 'u-7', auxiliaryIds: ['u-7', 'u-9'] });
    expect(isoOfLocalInput(form.controls.plannedStart.value)).toBe('2026-11-26T08:00:00.000Z');
    expect(isoOfLocalInput(form.controls.plannedEnd.value)).toBe('2026-11-26T11:00:00.000Z');
    expect(form.controls.auxiliaryIds.value).toEqual(['u-9']);
  });

  it('falls back to the planned start and two hours when nothing was proposed or planned to end', () => {
    const form = rescheduleForm({ ...job, proposedStart: null, plannedEnd: null });
    expect(isoOfLocalInput(form.controls.plannedStart.value)).toBe('2026-11-26T08:00:00.000Z');
    expect(isoOfLocalInput(form.controls.plannedEnd.value)).toBe('2026-11-26T10:00:00.000Z');
  });
});
