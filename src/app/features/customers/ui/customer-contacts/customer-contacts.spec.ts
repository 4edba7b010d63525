import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { customer } from '../../../../../testing/fixtures';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { CustomerContacts } from './customer-contacts';

describe('CustomerContacts', () => {
  async function render(contacts = customer().contacts) {
    TestBed.configureTestingModule({
      imports: [CustomerContacts, translocoTesting()],
      providers: [provideZonelessChangeDetection()],
    });
    const fixture = TestBed.createComponent(CustomerContacts);
    fixture.componentRef.setInput('contacts', contacts);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('offers one-click call and mail with labelled links', async () => {
    const element = await render();
    const link = (label: string) => element.querySelector<HTMLAnchorElement>(`a[aria-label="${label}"]`);
    expect(link('Call Jeanne Martin')?.getAttribute('href')).toBe('tel:+33123456789');
    expect(link('Call Jeanne Martin on mobile')?.getAttribute('href')).toBe('tel:0612345678');
    expect(link('Email Jeanne Martin')?.getAttribute('href')).toBe('mailto:jeanne@martin.test');
    expect(element.textContent).toContain('Owner');
  });

  it('leaves out the links a contact has no number or address for', async () => {
    const [contact] = customer().contacts;
    const element = await render([{ ...contact, phone: null, mobile: null }]);
    expect(element.querySelectorAll('a[href^="tel:"]').length).toBe(0);
    expect(element.querySelectorAll('a[href^="mailto:"]').length).toBe(1);
  });

  it('says so when there are no contacts', async () => {
    expect((await render([])).textContent).toContain('No contacts yet');
  });
});
