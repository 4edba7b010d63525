import type { Locale } from '@contract';

/** The words of the online view that the report PDF does not already have (those come from its strings). */
export interface OnlineViewStrings {
  pageTitle: (number: string) => string;
  intro: string;
  address: string;
  contact: string;
  description: string;
  reportLater: string;
  language: string;
  otherLanguage: { locale: Locale; label: string };
  notFoundTitle: string;
  notFoundText: string;
  tooManyTitle: string;
  tooManyText: string;
  photo: string;
  signatureOf: (name: string) => string;
}

const en: OnlineViewStrings = {
  pageTitle: (number) => `Job ${number}`,
  intro: 'The details of your job, kept up to date by our team.',
  address: 'Address',
  contact: 'Contact',
  description: 'Description',
  reportLater: 'The report will appear here once the job is completed.',
  language: 'Language',
  otherLanguage: { locale: 'fr', label: 'Français' },
  notFoundTitle: 'This link does not work',
  notFoundText: 'The link may be mistyped, no longer valid, or replaced by a newer one. Ask the company that sent it for a new link.',
  tooManyTitle: 'Too many attempts',
  tooManyText: 'Please try again in a few minutes.',
  photo: 'Photo',
  signatureOf: (name) => `Signature of ${name}`,
};

const fr: OnlineViewStrings = {
  pageTitle: (number) => `Intervention ${number}`,
  intro: 'Le détail de votre intervention, tenu à jour par notre équipe.',
  address: 'Adresse',
  contact: 'Contact',
  description: 'Description',
  reportLater: "Le rapport apparaîtra ici une fois l'intervention terminée.",
  language: 'Langue',
  otherLanguage: { locale: 'en', label: 'English' },
  notFoundTitle: 'Ce lien ne fonctionne pas',
  notFoundText: "Le lien est peut-être mal recopié, n'est plus valable ou a été remplacé par un nouveau. Demandez un nouveau lien à l'entreprise qui vous l'a envoyé.",
  tooManyTitle: 'Trop de tentatives',
  tooManyText: 'Merci de réessayer dans quelques minutes.',
  photo: 'Photo',
  signatureOf: (name) => `Signature de ${name}`,
};

export const onlineViewStrings = (locale: Locale): OnlineViewStrings => (locale === 'fr' ? fr : en);
