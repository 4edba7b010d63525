import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AuditChanges } from './audit-changes';
import { changeRows, showValue } from './change-rows';

describe('the change renderer', () => {
  it('shows each field as before → after, empty values as ∅, objects as JSON', () => {
    expect(changeRows({ role: { before: 'technician', after: 'supervisor' }, phone: { before: null, after: '+33 1' } })).toEqual([
      { field: 'phone', before: '∅', after: '+33 1' },
      { field: 'role', before: 'technician', after: 'supervisor' },
    ]);
    expect(showValue(false)).toBe('false');
    expect(showValue({ a: [1] })).toBe('{"a":[1]}');
    expect(showValue('x'.repeat(300)).length).toBe(300);
    expect(showValue({ long: 'y'.repeat(300) }).length).toBe(200);
  });

  it('renders one line per changed field', async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(AuditChanges);
    fixture.componentRef.setInput('changes', { active: { before: true, after: false } });
    fixture.detectChanges();
    await fixture.whenStable();
    const items = (fixture.nativeElement as HTMLElement).querySelectorAll('li');
    expect(items.length).toBe(1);
    expect(items[0]!.textContent!.replace(/\s+/g, ' ').trim()).toBe('active: true → false');
  });
});
