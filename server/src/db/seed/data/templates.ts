import type { TemplateDefinition } from '@contract';

/**
 * The two demo report templates. Between them they use every field type (checkbox, text with
 * barcode, number with unit and bounds, date, time, single and multiple choice, validation,
 * signature, photo), mandatory fields, and conditions: the leak photo is mandatory when
 * "Leak found?" is ticked. Field ids are stable: answers and reserves refer to them.
 */
export interface TemplateData {
  key: 'boiler' | 'air_conditioning';
  name: string;
  description: string;
  definition: TemplateDefinition;
}

const LEAK_FOUND = { fieldId: 'leak_found', operator: 'is_ticked' } as const;
const AC_LEAK_FOUND = { fieldId: 'ac_leak_found', operator: 'is_ticked' } as const;

export const boilerMaintenance: TemplateData = {
  key: 'boiler',
  name: 'Entretien chaudière / Boiler maintenance',
  description: "Entretien annuel réglementaire d'une chaudière gaz ou fioul / Annual statutory gas or oil boiler service",
  definition: {
    families: [
      {
        id: 'general',
        label: 'Informations générales / General information',
        fields: [
          { id: 'visit_date', type: 'date', label: "Date d'intervention / Visit date", mandatory: true, commentsAllowed: false, reservesAllowed: false },
          { id: 'arrival_time', type: 'time', label: "Heure d'arrivée / Arrival time", mandatory: true, commentsAllowed: false, reservesAllowed: false },
          { id: 'boiler_serial', type: 'text', label: 'Numéro de série de la chaudière / Boiler serial number', mandatory: true, barcode: true, commentsAllowed: true, reservesAllowed: false },
          {
            id: 'boiler_brand',
            type: 'choice',
            label: 'Marque / Make',
            mandatory: true,
            multiple: false,
            options: ['Viessmann', 'Saunier Duval', 'De Dietrich', 'Vaillant', 'Worcester Bosch', 'Frisquet', 'Chaffoteaux', 'Autre / Other'],
            commentsAllowed: true,
            reservesAllowed: false,
          },
          { id: 'fuel', type: 'choice', label: 'Énergie / Fuel', mandatory: true, multiple: false, options: ['Gaz naturel / Natural gas', 'Propane', 'Fioul / Heating oil'], commentsAllowed: false, reservesAllowed: false },
        ],
      },
      {
        id: 'checks',
        label: 'Contrôles / Checks',
        fields: [
          { id: 'co_ppm', type: 'number', label: 'Taux de CO ambiant / Ambient CO level', unit: 'ppm', min: 0, max: 1000, mandatory: true, commentsAllowed: true, reservesAllowed: true },
          { id: 'water_pressure', type: 'number', label: 'Pression du circuit / System pressure', unit: 'bar', min: 0, max: 4, mandatory: true, commentsAllowed: true, reservesAllowed: true },
          { id: 'flue_check', type: 'validation', label: 'Tirage et évacuation des fumées / Flue draught and exhaust', mandatory: true, commentsAllowed: true, reservesAllowed: true },
          { id: 'safety_devices', type: 'validation', label: 'Organes de sécurité / Safety devices', mandatory: true, commentsAllowed: true, reservesAllowed: true },
          { id: 'burner_cleaned', type: 'checkbox', label: 'Brûleur nettoyé / Burner cleaned', mandatory: false, commentsAllowed: true, reservesAllowed: true },
          { id: 'leak_found', type: 'checkbox', label: 'Fuite constatée ? / Leak found?', mandatory: false, commentsAllowed: true, reservesAllowed: true },
          {
            id: 'leak_photo',
            type: 'photo',
            label: 'Photo de la fuite / Photo of the leak',
            mandatory: false,
            visibleWhen: LEAK_FOUND,
            mandatoryWhen: LEAK_FOUND,
            commentsAllowed: true,
            reservesAllowed: true,
          },
        ],
      },
      {
        id: 'work',
        label: 'Travaux réalisés / Work carried out',
        fields: [
          {
            id: 'operations',
            type: 'choice',
            label: 'Opérations effectuées / Operations performed',
            mandatory: true,
            multiple: true,
            options: [
              'Nettoyage du corps de chauffe / Heat exchanger cleaned',
              'Nettoyage du brûleur / Burner cleaned',
              'Remplacement des joints / Seals replaced',
              'Réglage de la combustion / Combustion adjusted',
              'Contrôle du vase d’expansion / Expansion vessel checked',
              'Purge des radiateurs / Radiators bled',
            ],
            commentsAllowed: true,
            reservesAllowed: true,
          },
          { id: 'efficiency', type: 'number', label: 'Rendement mesuré / Measured efficiency', unit: '%', min: 70, max: 110, mandatory: false, commentsAllowed: true, reservesAllowed: true },
          { id: 'observations', type: 'text', label: 'Observations / Remarks', mandatory: false, commentsAllowed: false, reservesAllowed: true },
          { id: 'next_visit', type: 'date', label: 'Prochaine visite conseillée / Next visit advised', mandatory: false, commentsAllowed: false, reservesAllowed: false },
        ],
      },
      {
        id: 'sign_off',
        label: 'Clôture / Sign-off',
        fields: [
          { id: 'certificate_given', type: 'checkbox', label: "Attestation d'entretien remise / Service certificate handed over", mandatory: true, commentsAllowed: false, reservesAllowed: false },
          { id: 'site_manager_signature', type: 'signature', label: 'Visa du responsable sur site / Site manager sign-off', mandatory: true, commentsAllowed: false, reservesAllowed: false },
        ],
      },
    ],
  },
};

export const airConditioningInstallation: TemplateData = {
  key: 'air_conditioning',
  name: 'Installation climatisation / Air-conditioning installation',
  description: "Pose et mise en service d'un climatiseur / Fitting and commissioning of an air-conditioning unit",
  definition: {
    families: [
      {
        id: 'equipment',
        label: 'Équipement installé / Installed equipment',
        fields: [
          { id: 'outdoor_serial', type: 'text', label: "Numéro de série de l'unité extérieure / Outdoor unit serial number", mandatory: true, barcode: true, commentsAllowed: false, reservesAllowed: false },
          { id: 'indoor_serial', type: 'text', label: "Numéro de série de l'unité intérieure / Indoor unit serial number", mandatory: false, barcode: true, commentsAllowed: false, reservesAllowed: false },
          { id: 'refrigerant', type: 'choice', label: 'Fluide frigorigène / Refrigerant', mandatory: true, multiple: false, options: ['R32', 'R410A', 'R290'], commentsAllowed: false, reservesAllowed: false },
          { id: 'refrigerant_charge', type: 'number', label: 'Charge de fluide / Refrigerant charge', unit: 'kg', min: 0, max: 20, mandatory: true, commentsAllowed: true, reservesAllowed: true },
        ],
      },
      {
        id: 'commissioning',
        label: 'Mise en service / Commissioning',
        fields: [
          { id: 'vacuum_test', type: 'validation', label: 'Tirage au vide / Vacuum test', mandatory: true, commentsAllowed: true, reservesAllowed: true },
          { id: 'pressure_test', type: 'number', label: "Essai de pression à l'azote / Nitrogen pressure test", unit: 'bar', min: 0, max: 60, mandatory: false, commentsAllowed: true, reservesAllowed: true },
          { id: 'ac_leak_found', type: 'checkbox', label: 'Fuite constatée ? / Leak found?', mandatory: false, commentsAllowed: true, reservesAllowed: true },
          {
            id: 'ac_leak_photo',
            type: 'photo',
            label: 'Photo de la fuite / Photo of the leak',
            mandatory: false,
            visibleWhen: AC_LEAK_FOUND,
            mandatoryWhen: AC_LEAK_FOUND,
            commentsAllowed: true,
            reservesAllowed: true,
          },
          { id: 'commissioning_date', type: 'date', label: 'Date de mise en service / Commissioning date', mandatory: true, commentsAllowed: false, reservesAllowed: false },
          { id: 'commissioning_time', type: 'time', label: 'Heure de mise en service / Commissioning time', mandatory: false, commentsAllowed: false, reservesAllowed: false },
          {
            id: 'modes_tested',
            type: 'choice',
            label: 'Modes testés / Modes tested',
            mandatory: true,
            multiple: true,
            options: ['Froid / Cooling', 'Chaud / Heating', 'Déshumidification / Dry', 'Ventilation / Fan only'],
            commentsAllowed: false,
            reservesAllowed: true,
          },
          { id: 'electrical_check', type: 'validation', label: 'Raccordement électrique / Electrical connection', mandatory: true, commentsAllowed: true, reservesAllowed: true },
        ],
      },
      {
        id: 'photos',
        label: 'Photos / Photos',
        fields: [
          { id: 'installation_photo', type: 'photo', label: "Photo de l'installation / Installation photo", mandatory: true, commentsAllowed: true, reservesAllowed: true },
          { id: 'condensate_drain', type: 'validation', label: 'Évacuation des condensats / Condensate drain', mandatory: false, commentsAllowed: true, reservesAllowed: true },
        ],
      },
      {
        id: 'handover',
        label: 'Réception / Handover',
        fields: [
          { id: 'manual_given', type: 'checkbox', label: "Notice remise au client / User manual handed over", mandatory: false, commentsAllowed: false, reservesAllowed: false },
          { id: 'customer_trained', type: 'validation', label: 'Client formé à l’utilisation / Customer shown how to use it', mandatory: true, commentsAllowed: true, reservesAllowed: false },
          { id: 'customer_signature', type: 'signature', label: 'Signature du client / Customer signature', mandatory: true, commentsAllowed: false, reservesAllowed: false },
          { id: 'remarks', type: 'text', label: 'Remarques / Remarks', mandatory: false, commentsAllowed: false, reservesAllowed: true },
        ],
      },
    ],
  },
};

export const templates: readonly TemplateData[] = [boilerMaintenance, airConditioningInstallation];
