import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { Contact } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';

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
          @if (contact.phone) {
            <li>
              <a [href]="'tel:' + dialable(contact.phone)" [attr.aria-label]="'customers.detail.callPhone' | transloco: { name: contact.name }">
                <mat-icon aria-hidden="true">call</mat-icon>{{ contact.phone }}
              </a>
            </li>
          }
          @if (contact.mobile) {
            <li>
              <a [href]="'tel:' + dialable(contact.mobile)" [attr.aria-label]="'customers.detail.callMobile' | transloco: { name: contact.name }">
                <mat-icon aria-hidden="true">smartphone</mat-icon>{{ contact.mobile }}
              </a>
            </li>
          }
          @if (contact.email) {
            <li>
              <a [href]="'mailto:' + contact.email" [attr.aria-label]="'customers.detail.sendEmail' | transloco: { name: contact.name }">
                <mat-icon aria-hidden="true">mail</mat-icon>{{ contact.email }}
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
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
      gap: 16px;
    }
    .contact {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
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
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CustomerContacts {
  readonly contacts = input.required<readonly Contact[]>();

  /** `tel:` wants digits and a leading +, not the spaces and brackets people type. */
  protected dialable(phone: string): string {
    return phone.replace(/[^+0-9]/g, '');
  }
}
