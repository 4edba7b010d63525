import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { Contact } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ContactLink, emailLink, phoneLink } from '../contact-links';

/** The contact's phone, mobile and email, in that order, those it has. */
function contactLinks(contact: Contact): ContactLink[] {
  const links: ContactLink[] = [];
  if (contact.phone) links.push(phoneLink(contact.phone));
  if (contact.mobile) links.push(phoneLink(contact.mobile, 'customers.detail.callMobile', 'smartphone'));
  if (contact.email) links.push(emailLink(contact.email));
  return links;
}

/** Contacts with one-click call and mail links. */
@Component({
  selector: 'fd-customer-contacts',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (contact of contacts(); track contact.id) {
      <article class="contact" [attr.aria-label]="contact.name">
        <h3>
          {{ contact.name }}
          @if (contact.isPrimary) {
            <span class="primary">{{ 'customers.detail.primary' | transloco }}</span>
          }
        </h3>
        @if (contact.jobTitle) {
          <p class="title">{{ contact.jobTitle }}</p>
        }
        <ul>
          @for (link of links(contact); track link.icon) {
            <li>
              <a [href]="link.href" [attr.aria-label]="link.label | transloco: { name: contact.name }">
                <mat-icon aria-hidden="true">{{ link.icon }}</mat-icon>{{ link.text }}
              </a>
            </li>
          }
        </ul>
      </article>
    } @empty {
      <p class="empty">{{ 'customers.detail.noContacts' | transloco }}</p>
    }
  `,
  styles: `
    @use '../../../../shared/ui/detail-styles' as detail;

    :host {
      @include detail.card-list('.contact');
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .primary {
      margin-left: 8px;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-primary);
    }
    .title {
      margin: 2px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 8px 0 0;
    }
    li a {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: 4px 0;
    }
  `,
})
export class CustomerContacts {
  readonly contacts = input.required<readonly Contact[]>();
  protected readonly links = contactLinks;
}
