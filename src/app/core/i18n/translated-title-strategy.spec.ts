import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { translocoTesting } from '../../../testing/transloco-testing';
import { ComingSoonPage } from '../layout/coming-soon-page/coming-soon-page';
import { TranslatedTitleStrategy } from './translated-title-strategy';

describe('TranslatedTitleStrategy', () => {
  it('titles each page in the active language', async () => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([{ path: 'customers', title: 'nav.customers', component: ComingSoonPage }]),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
    await TestBed.inject(Router).navigateByUrl('/customers');
    const title = TestBed.inject(Title);
    expect(title.getTitle()).toBe('Customers · FieldDesk');
    TestBed.inject(TranslocoService).setActiveLang('fr');
    expect(title.getTitle()).toBe('Clients · FieldDesk');
  });
});
