import type { CatalogUnit, JobStatus, Locale, ReserveStatus, TakeBackStatus, TechnicianRole, ValidationAnswer } from '@contract';

/** Every word the job report PDF prints, in the caller's language (users.locale). */
export interface ReportPdfStrings {
  title: string;
  job: string;
  status: string;
  customer: string;
  site: string;
  technicians: string;
  planned: string;
  actual: string;
  worked: string;
  notPlanned: string;
  notYet: string;
  report: string;
  noReport: string;
  comment: string;
  yes: string;
  no: string;
  reserve: string;
  reserves: string;
  noReserves: string;
  photosAndBarcodes: string;
  noPhotos: string;
  barcode: string;
  signatures: string;
  noSignatures: string;
  signedOn: string;
  partsAndServices: string;
  noItems: string;
  item: string;
  quantity: string;
  serial: string;
  unitPrice: string;
  lineTotal: string;
  totalExclTax: string;
  tax: string;
  totalInclTax: string;
  takeBacks: string;
  found: string;
  notFound: string;
  page: (n: number, of: number) => string;
  generated: string;
  statuses: Record<JobStatus, string>;
  roles: Record<TechnicianRole, string>;
  reserveStatuses: Record<ReserveStatus, string>;
  takeBackStatuses: Record<TakeBackStatus, string>;
  compliance: Record<ValidationAnswer, string>;
  signers: Record<'customer' | 'technician', string>;
  /** A quantity's unit after its number, singular and plural ("1 piece", "2 pieces", "2.5 m"). */
  units: Record<CatalogUnit, { one: string; other: string }>;
}

const en: ReportPdfStrings = {
  title: 'Job report',
  job: 'Job',
  status: 'Status',
  customer: 'Customer',
  site: 'Site',
  technicians: 'Technicians',
  planned: 'Planned',
  actual: 'Actual',
  worked: 'Worked time',
  notPlanned: 'Not planned',
  notYet: '—',
  report: 'Report',
  noReport: 'No report template.',
  comment: 'Comment',
  yes: 'Yes',
  no: 'No',
  reserve: 'Reserve',
  reserves: 'Reserves',
  noReserves: 'No reserves.',
  photosAndBarcodes: 'Photos and barcodes',
  noPhotos: 'No photos or barcodes.',
  barcode: 'Barcode',
  signatures: 'Signatures',
  noSignatures: 'Not signed.',
  signedOn: 'Signed on',
  partsAndServices: 'Parts and services',
  noItems: 'No parts or services.',
  item: 'Item',
  quantity: 'Qty',
  serial: 'Serial',
  unitPrice: 'Unit price',
  lineTotal: 'Total',
  totalExclTax: 'Total excl. tax',
  tax: 'Tax',
  totalInclTax: 'Total incl. tax',
  takeBacks: 'Take-backs',
  found: 'found at the customer',
  notFound: 'not found at the customer',
  page: (n, of) => `Page ${n} of ${of}`,
  generated: 'Generated',
  statuses: {
    created: 'Created',
    draft: 'Draft',
    scheduled: 'Scheduled',
    synchronized: 'Synchronized',
    started: 'Started',
    paused: 'Paused',
    completed: 'Completed',
    validated: 'Validated',
    cancelled: 'Cancelled',
  },
  roles: { manager: 'Job manager', auxiliary: 'Auxiliary' },
  reserveStatuses: { unresolved: 'Unresolved', resolved: 'Resolved', compliant: 'Compliant' },
  takeBackStatuses: { ok: 'OK', needs_repair: 'Needs repair', obsolete: 'Obsolete' },
  compliance: { compliant: 'Compliant', not_compliant: 'Not compliant', not_applicable: 'Not applicable' },
  signers: { customer: 'Customer', technician: 'Technician' },
  units: {
    unit: { one: 'piece', other: 'pieces' },
    flat: { one: 'flat rate', other: 'flat rates' },
    hour: { one: 'h', other: 'h' },
    metre: { one: 'm', other: 'm' },
    litre: { one: 'L', other: 'L' },
    kg: { one: 'kg', other: 'kg' },
  },
};

const fr: ReportPdfStrings = {
  title: "Rapport d'intervention",
  job: 'Intervention',
  status: 'Statut',
  customer: 'Client',
  site: 'Site',
  technicians: 'Techniciens',
  planned: 'Prévu',
  actual: 'Réel',
  worked: 'Temps travaillé',
  notPlanned: 'Non planifiée',
  notYet: '—',
  report: 'Rapport',
  noReport: 'Aucun modèle de rapport.',
  comment: 'Commentaire',
  yes: 'Oui',
  no: 'Non',
  reserve: 'Réserve',
  reserves: 'Réserves',
  noReserves: 'Aucune réserve.',
  photosAndBarcodes: 'Photos et codes-barres',
  noPhotos: 'Aucune photo ni code-barres.',
  barcode: 'Code-barres',
  signatures: 'Signatures',
  noSignatures: 'Non signé.',
  signedOn: 'Signé le',
  partsAndServices: 'Pièces et prestations',
  noItems: 'Aucune pièce ni prestation.',
  item: 'Article',
  quantity: 'Qté',
  serial: 'N° de série',
  unitPrice: 'Prix unitaire',
  lineTotal: 'Total',
  totalExclTax: 'Total HT',
  tax: 'TVA',
  totalInclTax: 'Total TTC',
  takeBacks: 'Reprises',
  found: 'trouvé chez le client',
  notFound: 'non trouvé chez le client',
  page: (n, of) => `Page ${n} sur ${of}`,
  generated: 'Généré le',
  statuses: {
    created: 'Créée',
    draft: 'Brouillon',
    scheduled: 'Planifiée',
    synchronized: 'Synchronisée',
    started: 'Démarrée',
    paused: 'En pause',
    completed: 'Terminée',
    validated: 'Validée',
    cancelled: 'Annulée',
  },
  roles: { manager: "Responsable de l'intervention", auxiliary: 'Auxiliaire' },
  reserveStatuses: { unresolved: 'Non levée', resolved: 'Levée', compliant: 'Conforme' },
  takeBackStatuses: { ok: 'Bon état', needs_repair: 'À réparer', obsolete: 'Obsolète' },
  compliance: { compliant: 'Conforme', not_compliant: 'Non conforme', not_applicable: 'Non applicable' },
  signers: { customer: 'Client', technician: 'Technicien' },
  units: {
    unit: { one: 'pièce', other: 'pièces' },
    flat: { one: 'forfait', other: 'forfaits' },
    hour: { one: 'h', other: 'h' },
    metre: { one: 'm', other: 'm' },
    litre: { one: 'L', other: 'L' },
    kg: { one: 'kg', other: 'kg' },
  },
};

export const reportPdfStrings = (locale: Locale): ReportPdfStrings => (locale === 'fr' ? fr : en);
