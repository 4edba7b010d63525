import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { diffTemplates } from '@contract/rules';
import { leakDefinition } from '../../../../../testing/report-templates';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { TemplateDiff } from './template-diff';

describe('TemplateDiff', () => {
  async function render(before = leakDefinition(), after = leakDefinition()) {
    TestBed.configureTestingModule({ imports: [TemplateDiff, translocoTesting()], providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(TemplateDiff);
    fixture.componentRef.setInput('changes', diffTemplates(before, after));
    fixture.componentRef.setInput('before', before);
    fixture.componentRef.setInput('after', after);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    // One line per change and per changed property, as a reader would say them.
    const lines = Array.from(element.querySelectorAll('li')).flatMap((li) => {
      const properties = Array.from(li.querySelectorAll('dl > div')).map(
        (p) => `${text(p.querySelector('dt'))}: ${text(p.querySelector('.before'))} → ${text(p.querySelector('.after'))}`,
      );
      li.querySelectorAll('mat-icon, dl').forEach((n) => n.remove());
      return [text(li), ...properties];
    });
    return lines.length ? lines.join('\n') : text(element);
  }

  it('says there is no difference between equal versions', async () => {
    expect(await render()).toContain('No difference.');
  });

  it('reads additions, renames, moves across families and changed properties with before → after', async () => {
    const after = leakDefinition();
    after.families[0].label = 'Site safety';
    const [leak, pressure] = after.families[0].fields;
    after.families[0].fields = [{ ...leak, mandatory: false }];
    after.families[1].fields.push(pressure, { id: 'sig', type: 'signature', label: 'Customer signature', mandatory: true, commentsAllowed: false, reservesAllowed: false });
    after.families[1].fields[0] = { ...after.families[1].fields[0], mandatoryWhen: { fieldId: 'leak', operator: 'equals', value: false } };

    const text = await render(leakDefinition(), after);
    expect(text).toContain('Family “Safety” renamed “Site safety”');
    expect(text).toContain('Field “Leak found?” of “Site safety” changed');
    expect(text).toContain('Mandatory: Yes → No');
    expect(text).toContain('Field “Pressure” moved from “Safety” to “Evidence”');
    expect(text).toContain('Field “Customer signature” added to “Evidence”');
    expect(text).toContain('Mandatory only when: “Leak found?” is ticked → “Leak found?” is not ticked');
  });
});
