import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { DataTable, type DataTableColumn } from './data-table';

@Component({
  imports: [DataTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-data-table [columns]="columns">
      <tr>
        <td>Boiler</td>
        <td class="number">12</td>
      </tr>
    </fd-data-table>
  `,
})
class Host {
  readonly columns: DataTableColumn[] = [{ labelKey: 'common.close' }, { labelKey: 'common.retry', numeric: true }];
}

describe('DataTable', () => {
  it('heads the columns and holds the caller’s rows in its body, numbers on the right', async () => {
    TestBed.configureTestingModule({ imports: [Host, translocoTesting()], providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const table: HTMLTableElement = fixture.nativeElement.querySelector('table');
    const headers = Array.from(table.querySelectorAll('thead th'));
    expect(headers.map((h) => [h.getAttribute('scope'), h.textContent?.trim()])).toEqual([
      ['col', 'Close'],
      ['col', 'Try again'],
    ]);
    expect(table.tBodies[0].rows.length).toBe(1);
    expect(getComputedStyle(table.tBodies[0].rows[0].cells[1]).textAlign).toBe('right');
    expect(getComputedStyle(headers[1]).textAlign).toBe('right');
  });
});
