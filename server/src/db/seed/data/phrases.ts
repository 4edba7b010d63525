import type { JobTypeCode } from './catalog';

/** Free text written by dispatchers, technicians and supervisors, in their own language. */
export type Lang = 'fr' | 'en';
type Phrases = Record<Lang, readonly string[]>;

/**
 * Each job type goes with one report template (maintenance, repair, inspection: the boiler
 * template; installation: the air-conditioning one), so descriptions stay on that subject.
 */
export const jobDescriptions: Record<JobTypeCode, Phrases> = {
  maintenance: {
    fr: [
      'Entretien annuel de la chaudière {brand} et analyse de combustion.',
      "Visite d'entretien annuelle : nettoyage du brûleur et contrôle des organes de sécurité.",
      'Entretien contrat : vérifier la pression du circuit et purger les radiateurs.',
      'Ramonage du conduit et entretien de la chaudière fioul, remplacement du gicleur.',
      'Entretien de la chaufferie collective, relevé des compteurs d’énergie.',
      'Entretien annuel, le client signale un bruit au démarrage de la chaudière {brand}.',
      'Entretien de la chaudière {brand} et contrôle du vase d’expansion.',
    ],
    en: [
      'Annual service of the {brand} boiler with flue gas analysis.',
      'Yearly maintenance visit: clean the burner and check the safety devices.',
      'Contract service: check system pressure and bleed the radiators.',
      'Sweep the flue and service the oil boiler, replace the nozzle.',
      'Service the communal plant room and read the heat meters.',
      'Annual service; customer reports a noise when the {brand} boiler fires up.',
      'Service the {brand} boiler and check the expansion vessel.',
    ],
  },
  installation: {
    fr: [
      'Pose d’un climatiseur split mural {brand} dans le séjour, liaison de 5 m.',
      'Pose de deux unités intérieures multi-split {brand} dans les chambres.',
      'Remplacement du climatiseur existant par un modèle {brand} au R32.',
      'Installation d’une cassette 4 voies {brand} dans la salle de réunion.',
      'Pose d’un climatiseur gainable {brand} dans les combles, mise en service.',
      'Climatisation du local serveur : pose d’un split {brand} et d’une pompe de relevage.',
    ],
    en: [
      'Fit a {brand} wall-mounted split unit in the living room, 5 m line set.',
      'Fit two {brand} multi-split indoor units in the bedrooms.',
      'Replace the existing air conditioner with a {brand} R32 model.',
      'Install a {brand} 4-way cassette in the meeting room.',
      'Fit a {brand} ducted unit in the loft and commission it.',
      'Server room cooling: fit a {brand} split unit and a condensate pump.',
    ],
  },
  repair: {
    fr: [
      'Chaudière {brand} en panne, code défaut F28 : absence de flamme.',
      'Plus d’eau chaude depuis ce matin, le client a vérifié le disjoncteur.',
      'Fuite sous la chaudière, le client a coupé l’arrivée d’eau.',
      'La pression du circuit chute régulièrement sous 1 bar.',
      'Radiateurs froids à l’étage, suspicion de vanne 3 voies bloquée.',
      'Chaudière {brand} qui se met en sécurité plusieurs fois par jour.',
      'Bruit de circulateur et coups de bélier dans l’installation.',
    ],
    en: [
      '{brand} boiler down, fault code F28: no flame detected.',
      'No hot water since this morning; customer has checked the breaker.',
      'Leak under the boiler; customer has shut off the water supply.',
      'System pressure keeps dropping below 1 bar.',
      'Upstairs radiators cold, 3-way valve suspected stuck.',
      '{brand} boiler locks out several times a day.',
      'Noisy circulating pump and water hammer in the system.',
    ],
  },
  inspection: {
    fr: [
      'Contrôle de conformité de l’installation gaz avant mise en location.',
      'Visite de contrôle après remplacement de la chaudière le mois dernier.',
      'Diagnostic de performance de l’installation de chauffage pour le syndic.',
      'Contrôle du détecteur de CO et de la ventilation de la chaufferie.',
      'Contrôle périodique de la chaudière {brand} avant l’hiver.',
    ],
    en: [
      'Gas safety inspection before the new tenancy starts.',
      'Follow-up check after last month’s boiler replacement.',
      'Heating system performance survey for the managing agent.',
      'Check the CO detector and the plant room ventilation.',
      'Pre-winter safety check of the {brand} boiler.',
    ],
  },
};

export const boilerBrands = ['Viessmann', 'Saunier Duval', 'De Dietrich', 'Vaillant', 'Worcester Bosch', 'Frisquet', 'Chaffoteaux'];
export const airConditioningBrands = ['Daikin', 'Mitsubishi', 'Toshiba', 'Atlantic', 'Panasonic'];

export const declineReasons: Phrases = {
  fr: [
    'Pièce non disponible dans mon véhicule, besoin d’un passage au dépôt.',
    'Client injoignable pour confirmer le rendez-vous.',
    'Trop loin de ma tournée ce jour-là.',
    'Intervention nécessitant deux techniciens.',
    'Je suis en formation ce jour-là.',
  ],
  en: [
    'Part not in my van, I need to go to the warehouse first.',
    'Could not reach the customer to confirm the appointment.',
    'Too far from my round that day.',
    'This job needs two technicians.',
    'I am on a training course that day.',
  ],
};

export const cancelReasons: Phrases = {
  fr: ['Annulé à la demande du client.', 'Doublon avec une autre intervention.', 'Le client a fait appel à un autre prestataire.', 'Accès au site impossible.'],
  en: ['Cancelled at the customer’s request.', 'Duplicate of another job.', 'Customer went with another contractor.', 'Site could not be accessed.'],
};

export const reserveDescriptions: Phrases = {
  fr: [
    'Conduit de fumée non conforme, tirage insuffisant.',
    'Trace de corrosion sur le raccord gaz, à surveiller.',
    'Soupape de sécurité qui goutte, remplacement à prévoir.',
    'Pression du circuit trop basse après remplissage.',
    'Ventilation basse obstruée par le client.',
    'Évacuation des condensats sans pente suffisante.',
    'Fuite légère au niveau du raccord flare de l’unité extérieure.',
  ],
  en: [
    'Flue not compliant, draught too weak.',
    'Corrosion on the gas fitting, to be monitored.',
    'Safety valve dripping, replacement needed.',
    'System pressure too low after refilling.',
    'Low-level vent blocked by the customer.',
    'Condensate drain without enough fall.',
    'Slight leak at the flare joint of the outdoor unit.',
  ],
};

export const reserveComments: Phrases = {
  fr: ['Devis envoyé au client.', 'Pièce commandée, intervention à planifier.', 'Vérifié avec le technicien : conforme.', 'Traité lors de la visite suivante.'],
  en: ['Quote sent to the customer.', 'Part ordered, visit to be scheduled.', 'Checked with the technician: compliant.', 'Fixed during the follow-up visit.'],
};

export const answerComments: Phrases = {
  fr: ['RAS.', 'Valeur relevée après 10 minutes de fonctionnement.', 'Client informé.', 'À revoir lors du prochain entretien.', 'Accès difficile.'],
  en: ['Nothing to report.', 'Reading taken after 10 minutes of running.', 'Customer informed.', 'To be reviewed at the next service.', 'Difficult access.'],
};

export const observations: Phrases = {
  fr: [
    'Installation en bon état général.',
    'Prévoir le remplacement du vase d’expansion l’an prochain.',
    'Le client souhaite un devis pour un thermostat connecté.',
    'Radiateurs purgés, pression remise à 1,5 bar.',
    'Chaudière ancienne, rendement en baisse.',
  ],
  en: [
    'System in good overall condition.',
    'Plan to replace the expansion vessel next year.',
    'Customer would like a quote for a smart thermostat.',
    'Radiators bled, pressure restored to 1.5 bar.',
    'Old boiler, efficiency dropping.',
  ],
};

export const photoDescriptions: Phrases = {
  fr: ['Vue d’ensemble de l’installation', 'Plaque signalétique', 'Raccordements hydrauliques', 'Tableau électrique', 'Unité extérieure', 'État avant intervention'],
  en: ['Overview of the installation', 'Rating plate', 'Pipework connections', 'Electrical panel', 'Outdoor unit', 'Condition before work'],
};

export const leakPhotoDescriptions: Phrases = {
  fr: ['Fuite au niveau du raccord', 'Trace d’eau sous l’appareil'],
  en: ['Leak at the fitting', 'Water stain under the unit'],
};

/** [for a man, for a woman]: French job titles agree with the person. */
export const contactTitles: Record<Lang, readonly (readonly [string, string])[]> = {
  fr: [
    ['Gérant', 'Gérante'],
    ['Responsable technique', 'Responsable technique'],
    ['Gardien', 'Gardienne'],
    ['Directeur administratif', 'Directrice administrative'],
    ['Responsable des services généraux', 'Responsable des services généraux'],
    ['Propriétaire', 'Propriétaire'],
    ['Assistant de direction', 'Assistante de direction'],
    ['Chef d’équipe maintenance', 'Cheffe d’équipe maintenance'],
  ],
  en: ['Manager', 'Facilities manager', 'Caretaker', 'Office manager', 'Head of maintenance', 'Owner', 'Operations director', 'Site supervisor'].map(
    (title) => [title, title] as const,
  ),
};

export const accessNotes: Phrases = {
  fr: ['Digicode 4512B, chaufferie au sous-sol.', 'Sonner à l’interphone « Accueil ».', 'Clés à récupérer chez le gardien.', 'Parking visiteurs à gauche du portail.', 'Chien dans le jardin, prévenir avant d’entrer.'],
  en: ['Door code 4512, plant room in the basement.', 'Ring “Reception” on the intercom.', 'Keys to collect from the caretaker.', 'Visitor parking left of the gate.', 'Dog in the garden, call before entering.'],
};

export function fill(template: string, brand: string): string {
  return template.replace('{brand}', brand);
}
