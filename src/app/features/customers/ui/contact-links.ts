/** One way to reach someone: a call or a mail link, named for screen readers. */
export interface ContactLink {
  href: string;
  /** i18n key of the link's accessible name, given the person's name. */
  label: string;
  icon: string;
  text: string;
}

/** `tel:` wants digits and a leading +, not the spaces and brackets people type. */
function dialable(phone: string): string {
  return phone.replace(/[^+0-9]/g, '');
}

export function phoneLink(phone: string, label = 'customers.detail.callPhone', icon = 'call'): ContactLink {
  return { href: `tel:${dialable(phone)}`, label, icon, text: phone };
}

export function emailLink(email: string): ContactLink {
  return { href: `mailto:${email}`, label: 'customers.detail.sendEmail', icon: 'mail', text: email };
}
