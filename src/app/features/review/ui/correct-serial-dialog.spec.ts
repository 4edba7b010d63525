import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import en from '../../../../../public/i18n/review/en.json';
import fr from '../../../../../public/i18n/review/fr.json';
import { scopedTranslocoTesting } from '../../../../testing/transloco-testing';
import { CorrectSerialDialog } from './correct-serial-dialog';

describe('CorrectSerialDialog', () => {
  async function open() {
    const ref = jasmine.createSpyObj<MatDialogRef<CorrectSerialDialog, string>>('MatDialogRef', ['close']);
    TestBed.configureTestingModule({
      imports: [CorrectSerialDialog, scopedTranslocoTesting('review', en, fr)],
      providers: [provideZonelessChangeDetection(), { provide: MatDialogRef, useValue: ref }, { provide: MAT_DIALOG_DATA, useValue: { serial: 'SN-TYPO', place: 'Pâtisserie B' } }],
    });
    const fixture = TestBed.createComponent(CorrectSerialDialog);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const type = async (value: string) => {
      const input = element.querySelector('input')!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      element.querySelector('form')!.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { ref, element, type };
  }

  it('names the serial typed and where it is recorded', async () => {
    const { element } = await open();
    expect(element.textContent).toContain('SN-TYPO');
    expect(element.textContent).toContain('the unit recorded at Pâtisserie B stays where it is');
  });

  it('refuses an invalid serial, then closes with the serial as the server stores it', async () => {
    const { ref, element, type } = await open();
    await type('bad serial!');
    expect(ref.close).not.toHaveBeenCalled();
    expect(element.querySelector('mat-error')?.textContent).toContain('Letters, digits');
    await type('  sn-right-1 ');
    expect(ref.close).toHaveBeenCalledOnceWith('SN-RIGHT-1');
  });
});
