import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { leakDefinition } from '../../../../../testing/report-templates';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { ReportPreview } from './report-preview';

describe('ReportPreview', () => {
  let fixture: ComponentFixture<ReportPreview>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ReportPreview, translocoTesting()],
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(ReportPreview);
    fixture.componentRef.setInput('definition', leakDefinition());
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  const family = (id: string) => element.querySelector<HTMLElement>(`[data-preview-family="${id}"]`)!;
  const isRed = (id: string) => family(id).classList.contains('incomplete');

  async function tickLeak(): Promise<void> {
    family('safety').querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await fixture.whenStable();
  }

  it('shows a family holding an empty mandatory field in red, and clears it once answered', async () => {
    expect(isRed('safety')).toBeTrue();
    expect(family('safety').textContent).toContain('Incomplete');
    await tickLeak();
    expect(isRed('safety')).toBeFalse();
    expect(family('safety').textContent).toContain('Complete');
  });

  it('reacts to conditions: ticking shows the remarks and makes the photo mandatory', async () => {
    expect(family('evidence').textContent).not.toContain('Remarks');
    expect(isRed('evidence')).toBeFalse();
    await tickLeak();
    expect(family('evidence').textContent).toContain('Remarks');
    expect(isRed('evidence')).toBeTrue();

    const addPhoto = Array.from(family('evidence').querySelectorAll('button')).find((b) => b.textContent?.includes('Add a photo'))!;
    addPhoto.click();
    await fixture.whenStable();
    expect(isRed('evidence')).toBeFalse();
    expect(element.textContent).toContain('Every mandatory field is filled in');
  });

  it('counts the mandatory fields still to fill in', () => {
    expect(element.textContent).toContain('1 mandatory field to fill in');
  });
});
