import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { sampleCustomFields } from '../../../../testing/custom-fields';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { type CustomFieldControls, createCustomFieldControls, syncCustomFieldControls } from './custom-field-controls';
import { CustomFieldInputs } from './custom-field-inputs';

describe('CustomFieldInputs', () => {
  let fixture: ComponentFixture<CustomFieldInputs>;
  let group: CustomFieldControls;
  const active = sampleCustomFields.filter((d) => d.active);

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [CustomFieldInputs, translocoTesting()], providers: [provideZonelessChangeDetection()] });
    group = createCustomFieldControls();
    syncCustomFieldControls(group, sampleCustomFields, { tier: 'silver' });
    fixture = TestBed.createComponent(CustomFieldInputs);
    fixture.componentRef.setInput('group', group);
    fixture.componentRef.setInput('definitions', active);
    await fixture.whenStable();
  });

  it('gives each field the control of its type, labelled and marked required when mandatory', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const contract = await loader.getHarness(MatInputHarness.with({ selector: '[type="text"]' }));
    expect(await contract.isRequired()).toBeTrue();
    const fleet = await loader.getHarness(MatInputHarness.with({ selector: '[type="number"]' }));
    await fleet.setValue('12');
    expect(group.value['fleetSize']).toBe(12);
    const tier = await loader.getHarness(MatSelectHarness);
    expect(await tier.getValueText()).toBe('Silver');
    await tier.open();
    expect((await tier.getOptions()).length).toBe(3);
    const vip = await loader.getHarness(MatCheckboxHarness.with({ label: 'VIP' }));
    expect(await vip.isRequired()).toBeTrue();
  });

  it('says a mandatory box must be ticked once touched', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const vip = await loader.getHarness(MatCheckboxHarness.with({ label: 'VIP' }));
    await vip.check();
    await vip.uncheck();
    group.markAllAsTouched();
    fixture.changeDetectorRef.markForCheck();
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('This box must be ticked');
  });

  it('labels the fields in French', async () => {
    fixture.componentRef.setInput('lang', 'fr');
    await fixture.whenStable();
    const text = fixture.nativeElement.textContent as string;
    expect(text).toContain('Contrat');
    expect(text).toContain('Taille de flotte');
  });
});
