/**
 * The demo parts & services catalog. Branded equipment keeps its model name (as suppliers
 * write it) with a bilingual description; generic items carry a "français / English" name.
 * Prices in euros here, stored in cents. `use` says which kind of job consumes the item.
 */
export type JobTypeCode = 'maintenance' | 'installation' | 'repair' | 'inspection';
export type Unit = 'unit' | 'hour' | 'metre' | 'litre' | 'kg' | 'flat';

export interface CatalogItemData {
  name: string;
  description?: string;
  price: number;
  unit?: Unit;
  /** Serialized parts carry a serial-number prefix, e.g. "VTD" → VTD-2024-004812. */
  serialPrefix?: string;
  stockTracked?: boolean;
  use?: readonly JobTypeCode[];
}

export interface CatalogFamilyData {
  name: string;
  kind: 'part' | 'service';
  taxRateBp: number;
  /** Stock-tracked unless an item says otherwise. */
  stockTracked: boolean;
  /** The installed base: equipment customers already own (boilers, heat pumps, air conditioning, water heaters). */
  equipment?: boolean;
  items: readonly CatalogItemData[];
}

/** Equipment customers own: parts at the standard VAT rate, stock-tracked. */
const equipmentFamily = (name: string, items: readonly CatalogItemData[]): CatalogFamilyData => ({
  name,
  kind: 'part',
  taxRateBp: 2000,
  stockTracked: true,
  equipment: true,
  items,
});

/** Spare parts and supplies at the standard VAT rate, stock-tracked unless said otherwise (consumables). */
const partsFamily = (name: string, items: readonly CatalogItemData[], { stockTracked = true } = {}): CatalogFamilyData => ({
  name,
  kind: 'part',
  taxRateBp: 2000,
  stockTracked,
  items,
});

/** Labour and travel, at the 10 % VAT rate; never in stock. */
const servicesFamily = (name: string, items: readonly CatalogItemData[]): CatalogFamilyData => ({
  name,
  kind: 'service',
  taxRateBp: 1000,
  stockTracked: false,
  items,
});

const INSTALL = ['installation'] as const;
const REPAIR = ['repair'] as const;
const SERVICE = ['maintenance', 'repair'] as const;

const boiler = 'Chaudière murale gaz à condensation / Wall-hung gas condensing boiler';
const oilBoiler = 'Chaudière sol fioul à condensation / Floor-standing oil condensing boiler';
const heatPump = 'Pompe à chaleur air/eau / Air-to-water heat pump';
const hpWaterHeater = 'Chauffe-eau thermodynamique / Heat-pump water heater';
const split = 'Climatiseur split mural / Wall-mounted split air conditioner';

export const catalogFamilies: readonly CatalogFamilyData[] = [
  equipmentFamily('Chaudières / Boilers', [
    { name: 'Viessmann Vitodens 100-W 25 kW', description: boiler, price: 2150, serialPrefix: 'VTD', use: INSTALL },
    { name: 'Saunier Duval ThemaPlus Condens 30 kW', description: boiler, price: 1890, serialPrefix: 'SDT', use: INSTALL },
    { name: 'De Dietrich Naneo 24 kW', description: boiler, price: 2050, serialPrefix: 'DDN', use: INSTALL },
    { name: 'Vaillant ecoTEC plus 25 kW', description: boiler, price: 2240, serialPrefix: 'VEC', use: INSTALL },
    { name: 'Worcester Bosch Greenstar 4000 30 kW', description: boiler, price: 1980, serialPrefix: 'WBG', use: INSTALL },
    { name: 'Frisquet Prestige Condensation 32 kW', description: boiler, price: 2690, serialPrefix: 'FPC', use: INSTALL },
    { name: 'Chaffoteaux Mira C Green 25 kW', description: boiler, price: 1540, serialPrefix: 'CMG', use: INSTALL },
    { name: 'De Dietrich Evodens AMC 25 kW', description: boiler, price: 2480, serialPrefix: 'DEV', use: INSTALL },
    { name: 'Viessmann Vitoladens 300-C 28 kW', description: oilBoiler, price: 5120, serialPrefix: 'VTL', use: INSTALL },
  ]),
  equipmentFamily('Pompes à chaleur / Heat pumps', [
    { name: 'Daikin Altherma 3 R 8 kW', description: heatPump, price: 6900, serialPrefix: 'DAL', use: INSTALL },
    { name: 'Atlantic Alféa Excellia 11 kW', description: heatPump, price: 7800, serialPrefix: 'AEX', use: INSTALL },
    { name: 'Mitsubishi Ecodan 8.5 kW', description: heatPump, price: 6400, serialPrefix: 'MEC', use: INSTALL },
    { name: 'Panasonic Aquarea T-CAP 9 kW', description: heatPump, price: 7200, serialPrefix: 'PAQ', use: INSTALL },
    { name: 'Viessmann Vitocal 150-A 10 kW', description: heatPump, price: 8100, serialPrefix: 'V15', use: INSTALL },
    { name: 'Hitachi Yutaki S 6 kW', description: heatPump, price: 5600, serialPrefix: 'HYS', use: INSTALL },
    { name: 'Atlantic Calypso 200 L', description: hpWaterHeater, price: 1950, serialPrefix: 'ACA', use: INSTALL },
    { name: 'Thermor Aéromax 5 250 L', description: hpWaterHeater, price: 2100, serialPrefix: 'TAE', use: INSTALL },
  ]),
  equipmentFamily('Climatisation / Air conditioning', [
    { name: 'Daikin Perfera FTXM 2.5 kW', description: split, price: 1290, serialPrefix: 'DPF', use: INSTALL },
    { name: 'Mitsubishi MSZ-LN 3.5 kW', description: split, price: 1480, serialPrefix: 'MLN', use: INSTALL },
    { name: 'Toshiba Shorai Edge 2.5 kW', description: split, price: 1050, serialPrefix: 'TSE', use: INSTALL },
    { name: 'Atlantic Fujitsu Takao 3.4 kW', description: split, price: 1190, serialPrefix: 'FTK', use: INSTALL },
    { name: 'Panasonic Etherea 5 kW', description: split, price: 1760, serialPrefix: 'PET', use: INSTALL },
    { name: 'Daikin FBA 7.1 kW', description: 'Climatiseur gainable / Ducted air conditioner', price: 3650, serialPrefix: 'DFB', use: INSTALL },
    { name: 'Mitsubishi MXZ-3F 5.4 kW', description: 'Unité extérieure multi-split / Multi-split outdoor unit', price: 2480, serialPrefix: 'MXZ', use: INSTALL },
    { name: 'Daikin FCAG 6 kW', description: 'Cassette 4 voies / 4-way ceiling cassette', price: 2990, serialPrefix: 'DFC', use: INSTALL },
    { name: 'Télécommande infrarouge / Infrared remote control', price: 45, use: REPAIR },
    { name: 'Pompe de relevage Sauermann Si-30 / Sauermann Si-30 condensate pump', price: 129, use: ['installation', 'repair'] },
    { name: 'Liaison frigorifique 1/4"-3/8" / Refrigerant line set 1/4"-3/8"', price: 18, unit: 'metre', use: INSTALL },
    { name: 'Support mural unité extérieure / Outdoor unit wall bracket', price: 65, use: INSTALL },
    { name: 'Fluide frigorigène R32 / R32 refrigerant', price: 75, unit: 'kg', use: ['installation', 'repair'] },
    { name: 'Fluide frigorigène R410A / R410A refrigerant', price: 95, unit: 'kg', use: REPAIR },
  ]),
  equipmentFamily('Chauffe-eau / Water heaters', [
    { name: 'Atlantic Chauffeo 100 L', description: 'Chauffe-eau électrique / Electric water heater', price: 329, serialPrefix: 'ACH', use: INSTALL },
    { name: 'Atlantic Chauffeo 200 L', description: 'Chauffe-eau électrique / Electric water heater', price: 449, serialPrefix: 'AC2', use: INSTALL },
    { name: 'Thermor Duralis 150 L', description: 'Chauffe-eau électrique / Electric water heater', price: 519, serialPrefix: 'TDU', use: INSTALL },
    { name: 'Saunier Duval OpaliaTherm 11 L', description: 'Chauffe-bain gaz / Instantaneous gas water heater', price: 689, serialPrefix: 'SDO', use: INSTALL },
    { name: 'Résistance stéatite 2200 W / 2,200 W ceramic heating element', price: 59, use: REPAIR },
    { name: 'Anode magnésium / Magnesium anode', price: 19, use: SERVICE },
  ]),
  partsFamily('Plomberie / Plumbing', [
    { name: 'Tube cuivre 14/16 / Copper pipe 14/16', price: 12.5, unit: 'metre', use: ['installation', 'repair'] },
    { name: 'Tube cuivre 20/22 / Copper pipe 20/22', price: 18, unit: 'metre', use: ['installation', 'repair'] },
    { name: 'Tube multicouche 16 mm / Multilayer pipe 16 mm', price: 4.2, unit: 'metre', use: INSTALL },
    { name: 'Raccord à sertir 16 mm / Press fitting 16 mm', price: 6.8, use: ['installation', 'repair'] },
    { name: 'Raccord à sertir 20 mm / Press fitting 20 mm', price: 8.9, use: ['installation', 'repair'] },
    { name: 'Té égal cuivre 22 mm / Copper equal tee 22 mm', price: 4.5, use: ['installation', 'repair'] },
    { name: 'Coude 90° cuivre 22 mm / Copper 90° elbow 22 mm', price: 3.2, use: ['installation', 'repair'] },
    { name: 'Raccord union 3/4" / Union fitting 3/4"', price: 7.5, use: ['installation', 'repair'] },
    { name: 'Joints fibre 3/4" (10) / Fibre washers 3/4" (10)', price: 3.9, use: SERVICE },
    { name: 'Flexible inox 1/2" 50 cm / Stainless braided hose 1/2" 50 cm', price: 11.9, use: ['installation', 'repair'] },
    { name: 'Groupe de sécurité chauffe-eau / Water heater safety group', price: 34.5, use: ['installation', 'repair'] },
    { name: "Vase d'expansion 8 L / Expansion vessel 8 L", price: 49, use: REPAIR },
    { name: "Vase d'expansion 18 L / Expansion vessel 18 L", price: 69, use: ['installation', 'repair'] },
    { name: 'Disconnecteur BA 1/2" / Backflow preventer BA 1/2"', price: 189, use: INSTALL },
    { name: 'Radiateur acier 600×800 / Steel radiator 600×800', price: 139, use: INSTALL },
    { name: 'Robinet de remplissage / Filling loop', price: 19, use: ['installation', 'repair'] },
    { name: 'Siphon à entonnoir / Tundish', price: 17, use: INSTALL },
  ]),
  partsFamily('Électricité / Electrical', [
    { name: 'Disjoncteur 16 A / 16 A circuit breaker', price: 14.5, use: ['installation', 'repair'] },
    { name: 'Interrupteur différentiel 30 mA 40 A / 40 A 30 mA RCD', price: 79, use: INSTALL },
    { name: 'Câble R2V 3G2,5 / R2V cable 3G2.5', price: 2.9, unit: 'metre', use: INSTALL },
    { name: 'Câble R2V 3G1,5 / R2V cable 3G1.5', price: 1.8, unit: 'metre', use: INSTALL },
    { name: 'Contacteur jour/nuit 20 A / Off-peak contactor 20 A', price: 42, use: REPAIR },
    { name: 'Sectionneur 32 A / 32 A isolator switch', price: 38, use: INSTALL },
    { name: 'Boîte de dérivation étanche / Waterproof junction box', price: 6.5, use: ['installation', 'repair'] },
    { name: 'Relais 230 V / 230 V relay', price: 24, use: REPAIR },
    { name: 'Fusibles 5×20 3,15 A (10) / 5×20 3.15 A fuses (10)', price: 6, use: REPAIR },
    { name: "Transformateur d'allumage / Ignition transformer", price: 89, use: REPAIR },
    { name: 'Prise de courant étanche / Weatherproof socket', price: 16, use: INSTALL },
    { name: 'Horloge modulaire / Modular time switch', price: 45, use: ['installation', 'repair'] },
  ]),
  partsFamily('Filtres / Filters', [
    { name: 'Filtre à tamis 3/4" / Strainer filter 3/4"', price: 24, use: SERVICE },
    { name: 'Filtre magnétique Fernox TF1 Omega / Fernox TF1 Omega magnetic filter', price: 165, use: ['installation', 'maintenance'] },
    { name: 'Filtres à air split (2) / Split unit air filters (2)', price: 19, use: SERVICE },
    { name: 'Filtre fioul à cartouche / Cartridge oil filter', price: 21, use: SERVICE },
    { name: 'Cartouche filtre fioul / Oil filter cartridge', price: 8.5, use: ['maintenance'] },
    { name: 'Filtre VMC F7 / F7 ventilation filter', price: 32, use: ['maintenance'] },
    { name: 'Filtre anti-calcaire polyphosphates / Polyphosphate scale filter', price: 48, use: INSTALL },
    { name: 'Recharge polyphosphates / Polyphosphate refill', price: 14, use: ['maintenance'] },
    { name: 'Filtre gaz 3/4" / Gas filter 3/4"', price: 27, use: ['installation', 'repair'] },
    { name: 'Filtre déshydrateur 1/4" / Filter drier 1/4"', price: 22, use: REPAIR },
  ]),
  partsFamily('Capteurs et régulation / Sensors and controls', [
    { name: "Thermostat d'ambiance programmable / Programmable room thermostat", price: 89, use: ['installation', 'repair'] },
    { name: 'Netatmo Thermostat connecté / Netatmo smart thermostat', price: 179, serialPrefix: 'NTH', use: ['installation', 'repair'] },
    { name: 'Tado Thermostat V3+ / Tado smart thermostat V3+', price: 199, serialPrefix: 'TDV', use: ['installation', 'repair'] },
    { name: 'Sonde extérieure / Outdoor temperature sensor', price: 39, use: ['installation', 'repair'] },
    { name: 'Sonde de départ / Flow temperature sensor', price: 29, use: REPAIR },
    { name: 'Sonde CTN chaudière / Boiler NTC sensor', price: 26, use: REPAIR },
    { name: "Pressostat d'air / Air pressure switch", price: 58, use: REPAIR },
    { name: 'Détecteur de monoxyde de carbone / Carbon monoxide detector', price: 42, use: ['installation', 'maintenance'] },
    { name: 'Régulateur solaire / Solar controller', price: 320, serialPrefix: 'SRG', use: INSTALL },
    { name: "Compteur d'énergie thermique / Heat meter", price: 245, serialPrefix: 'HMT', use: ['installation', 'repair'] },
    { name: "Compteur d'eau divisionnaire / Water sub-meter", price: 68, serialPrefix: 'WMT', use: ['installation', 'repair'] },
    { name: 'Carte électronique chaudière / Boiler control board', price: 385, serialPrefix: 'BCB', use: REPAIR },
    { name: 'Manomètre 0-4 bar / Pressure gauge 0-4 bar', price: 12, use: REPAIR },
    { name: 'Thermomètre à plongeur / Immersion thermometer', price: 14, use: REPAIR },
  ]),
  partsFamily('Vannes / Valves', [
    { name: 'Vanne 3 voies motorisée 3/4" / Motorised 3-way valve 3/4"', price: 245, use: ['installation', 'repair'] },
    { name: 'Moteur de vanne 3 voies / 3-way valve actuator', price: 159, use: REPAIR },
    { name: 'Robinet thermostatique / Thermostatic radiator valve', price: 29, use: ['installation', 'repair'] },
    { name: 'Tête thermostatique / Thermostatic head', price: 24, use: REPAIR },
    { name: "Vanne d'arrêt 1/4 de tour 3/4\" / Quarter-turn shut-off valve 3/4\"", price: 16, use: ['installation', 'repair'] },
    { name: "Vanne d'équilibrage / Balancing valve", price: 48, use: INSTALL },
    { name: 'Soupape de sécurité 3 bar / 3 bar safety valve', price: 15, use: SERVICE },
    { name: 'Clapet anti-retour 3/4" / Non-return valve 3/4"', price: 12, use: ['installation', 'repair'] },
    { name: 'Purgeur automatique / Automatic air vent', price: 11, use: SERVICE },
    { name: 'Robinet gaz 1/4 de tour / Quarter-turn gas valve', price: 22, use: ['installation', 'repair'] },
    { name: 'Réducteur de pression 3/4" / Pressure reducing valve 3/4"', price: 69, use: ['installation', 'repair'] },
    { name: 'Mitigeur thermostatique / Thermostatic mixing valve', price: 89, use: INSTALL },
    { name: 'Vanne de vidange / Drain cock', price: 6.5, use: SERVICE },
    { name: 'Vanne 4 voies inversion de cycle / 4-way reversing valve', price: 138, use: REPAIR },
  ]),
  partsFamily('Pièces chaudière / Boiler spare parts', [
    { name: "Électrode d'allumage / Ignition electrode", price: 24, use: SERVICE },
    { name: "Électrode d'ionisation / Ionisation electrode", price: 22, use: SERVICE },
    { name: 'Gicleur fioul 0,60 G 60°S / Oil nozzle 0.60 G 60°S', price: 14, use: ['maintenance'] },
    { name: 'Joint de brûleur / Burner gasket', price: 9, use: SERVICE },
    { name: 'Circulateur Grundfos UPM3 / Grundfos UPM3 circulating pump', price: 189, use: REPAIR },
    { name: 'Échangeur à plaques / Plate heat exchanger', price: 310, use: REPAIR },
    { name: 'Ventilateur extracteur / Combustion fan', price: 245, use: REPAIR },
    { name: 'Bloc gaz / Gas valve assembly', price: 265, use: REPAIR },
    { name: 'Joint de porte foyer / Combustion chamber door seal', price: 18, use: SERVICE },
    { name: 'Pompe fioul Danfoss / Danfoss oil pump', price: 159, use: REPAIR },
    { name: 'Kit ventouse horizontale / Horizontal flue kit', price: 125, use: INSTALL },
    { name: 'Kit nettoyage corps de chauffe / Heat exchanger cleaning kit', price: 35, use: ['maintenance'] },
    { name: 'Brûleur gaz complet / Complete gas burner', price: 420, use: REPAIR },
    { name: 'Thermocouple', price: 19, use: REPAIR },
    { name: 'Capteur de débit / Flow sensor', price: 54, use: REPAIR },
  ]),
  partsFamily('Consommables / Consumables', [
    { name: 'Pâte à joint / Jointing compound', price: 8 },
    { name: 'Ruban PTFE / PTFE tape', price: 2.5 },
    { name: 'Graisse silicone / Silicone grease', price: 9 },
    { name: 'Produit de désembouage 1 L / Sludge remover 1 L', price: 29, use: ['maintenance'] },
    { name: 'Inhibiteur de corrosion 1 L / Corrosion inhibitor 1 L', price: 24, use: ['maintenance', 'installation'] },
    { name: 'Aérosol détecteur de fuites / Leak detection spray', price: 11, use: ['maintenance'] },
    { name: 'Colliers de fixation (10) / Pipe clips (10)', price: 6, use: INSTALL },
    { name: 'Chevilles et vis (50) / Wall plugs and screws (50)', price: 7, use: INSTALL },
    { name: 'Manchon isolant / Pipe insulation', price: 2.2, unit: 'metre', use: INSTALL },
    { name: 'Brasure argent 2 % / 2 % silver brazing rod', price: 4.5, use: ['installation', 'repair'] },
    { name: 'Gants nitrile (100) / Nitrile gloves (100)', price: 12 },
    { name: 'Bâche de protection / Protective dust sheet', price: 8.5 },
    { name: 'Nettoyant batterie climatisation / Coil cleaner', price: 16, use: ['maintenance'] },
  ], { stockTracked: false }),
  servicesFamily("Main-d'œuvre / Labour", [
    { name: "Main-d'œuvre technicien / Technician labour", price: 58, unit: 'hour' },
    { name: "Main-d'œuvre deux techniciens / Labour, two technicians", price: 105, unit: 'hour' },
    { name: 'Majoration urgence / Emergency surcharge', price: 85, unit: 'flat' },
    { name: 'Majoration week-end / Weekend surcharge', price: 120, unit: 'flat' },
    { name: 'Mise en service / Commissioning', price: 180, unit: 'flat' },
    { name: 'Diagnostic / Fault diagnosis', price: 75, unit: 'flat' },
    { name: 'Entretien annuel chaudière gaz / Annual gas boiler service', price: 129, unit: 'flat' },
    { name: 'Entretien annuel chaudière fioul / Annual oil boiler service', price: 169, unit: 'flat' },
    { name: 'Entretien pompe à chaleur / Heat pump service', price: 199, unit: 'flat' },
    { name: 'Entretien climatisation / Air-conditioning service', price: 149, unit: 'flat' },
    { name: 'Ramonage conduit / Flue sweeping', price: 75, unit: 'flat' },
    { name: "Contrôle d'étanchéité fluide frigorigène / Refrigerant leak test", price: 110, unit: 'flat' },
    { name: 'Désembouage circuit de chauffage / Heating system power flush', price: 450, unit: 'flat' },
  ]),
  servicesFamily('Déplacement / Travel', [
    { name: 'Déplacement zone 1 (< 15 km) / Travel zone 1 (< 15 km)', price: 35, unit: 'flat' },
    { name: 'Déplacement zone 2 (15-30 km) / Travel zone 2 (15-30 km)', price: 49, unit: 'flat' },
    { name: 'Déplacement zone 3 (30-50 km) / Travel zone 3 (30-50 km)', price: 69, unit: 'flat' },
    { name: "Déplacement d'urgence / Emergency call-out", price: 95, unit: 'flat' },
    { name: 'Frais de stationnement / Parking fees', price: 12, unit: 'flat' },
  ]),
];
