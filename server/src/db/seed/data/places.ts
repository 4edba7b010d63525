/**
 * Real towns with their postal codes and coordinates, so addresses, maps and postal codes
 * agree. Weights lean on Île-de-France, Lyon and London, where the demo company works most.
 */
export interface Place {
  city: string;
  postalCodes: readonly string[];
  latitude: number;
  longitude: number;
  weight: number;
}

const parisArrondissements = Array.from({ length: 20 }, (_, i) => `750${String(i + 1).padStart(2, '0')}`);
const lyonArrondissements = Array.from({ length: 9 }, (_, i) => `6900${i + 1}`);

export const frenchPlaces: readonly Place[] = [
  { city: 'Paris', postalCodes: parisArrondissements, latitude: 48.8566, longitude: 2.3522, weight: 14 },
  { city: 'Boulogne-Billancourt', postalCodes: ['92100'], latitude: 48.8397, longitude: 2.2399, weight: 3 },
  { city: 'Neuilly-sur-Seine', postalCodes: ['92200'], latitude: 48.8846, longitude: 2.2697, weight: 2 },
  { city: 'Nanterre', postalCodes: ['92000'], latitude: 48.8924, longitude: 2.2071, weight: 2 },
  { city: 'Issy-les-Moulineaux', postalCodes: ['92130'], latitude: 48.8245, longitude: 2.2743, weight: 2 },
  { city: 'Versailles', postalCodes: ['78000'], latitude: 48.8049, longitude: 2.1204, weight: 2 },
  { city: 'Saint-Germain-en-Laye', postalCodes: ['78100'], latitude: 48.8989, longitude: 2.0938, weight: 1 },
  { city: 'Montreuil', postalCodes: ['93100'], latitude: 48.8638, longitude: 2.4485, weight: 2 },
  { city: 'Saint-Denis', postalCodes: ['93200', '93210'], latitude: 48.9362, longitude: 2.3574, weight: 2 },
  { city: 'Vincennes', postalCodes: ['94300'], latitude: 48.8474, longitude: 2.4396, weight: 1 },
  { city: 'Créteil', postalCodes: ['94000'], latitude: 48.7904, longitude: 2.4556, weight: 2 },
  { city: 'Vitry-sur-Seine', postalCodes: ['94400'], latitude: 48.7875, longitude: 2.3928, weight: 1 },
  { city: 'Argenteuil', postalCodes: ['95100'], latitude: 48.9472, longitude: 2.2467, weight: 1 },
  { city: 'Cergy', postalCodes: ['95000', '95800'], latitude: 49.0364, longitude: 2.0761, weight: 1 },
  { city: 'Évry-Courcouronnes', postalCodes: ['91000', '91080'], latitude: 48.6239, longitude: 2.4294, weight: 1 },
  { city: 'Massy', postalCodes: ['91300'], latitude: 48.7309, longitude: 2.2713, weight: 1 },
  { city: 'Meaux', postalCodes: ['77100'], latitude: 48.9601, longitude: 2.8788, weight: 1 },
  { city: 'Lyon', postalCodes: lyonArrondissements, latitude: 45.764, longitude: 4.8357, weight: 7 },
  { city: 'Villeurbanne', postalCodes: ['69100'], latitude: 45.7719, longitude: 4.8902, weight: 2 },
  { city: 'Vénissieux', postalCodes: ['69200'], latitude: 45.6975, longitude: 4.8867, weight: 1 },
  { city: 'Écully', postalCodes: ['69130'], latitude: 45.7745, longitude: 4.7777, weight: 1 },
  { city: 'Grenoble', postalCodes: ['38000', '38100'], latitude: 45.1885, longitude: 5.7245, weight: 2 },
  { city: 'Annecy', postalCodes: ['74000'], latitude: 45.8992, longitude: 6.1294, weight: 1 },
  { city: 'Saint-Étienne', postalCodes: ['42000', '42100'], latitude: 45.4397, longitude: 4.3872, weight: 1 },
  { city: 'Marseille', postalCodes: ['13001', '13004', '13006', '13008', '13009', '13012'], latitude: 43.2965, longitude: 5.3698, weight: 3 },
  { city: 'Aix-en-Provence', postalCodes: ['13090', '13100'], latitude: 43.5297, longitude: 5.4474, weight: 1 },
  { city: 'Nice', postalCodes: ['06000', '06100', '06200', '06300'], latitude: 43.7102, longitude: 7.262, weight: 2 },
  { city: 'Toulouse', postalCodes: ['31000', '31200', '31300', '31400', '31500'], latitude: 43.6047, longitude: 1.4442, weight: 2 },
  { city: 'Montpellier', postalCodes: ['34000', '34070', '34080', '34090'], latitude: 43.6108, longitude: 3.8767, weight: 1 },
  { city: 'Bordeaux', postalCodes: ['33000', '33100', '33200', '33300', '33800'], latitude: 44.8378, longitude: -0.5792, weight: 2 },
  { city: 'Nantes', postalCodes: ['44000', '44100', '44200', '44300'], latitude: 47.2184, longitude: -1.5536, weight: 2 },
  { city: 'Rennes', postalCodes: ['35000', '35200', '35700'], latitude: 48.1173, longitude: -1.6778, weight: 1 },
  { city: 'Lille', postalCodes: ['59000', '59160', '59260', '59800'], latitude: 50.6292, longitude: 3.0573, weight: 2 },
  { city: 'Strasbourg', postalCodes: ['67000', '67100', '67200'], latitude: 48.5734, longitude: 7.7521, weight: 1 },
  { city: 'Dijon', postalCodes: ['21000'], latitude: 47.322, longitude: 5.0415, weight: 1 },
  { city: 'Orléans', postalCodes: ['45000', '45100'], latitude: 47.9029, longitude: 1.9093, weight: 1 },
  { city: 'Tours', postalCodes: ['37000', '37100', '37200'], latitude: 47.3941, longitude: 0.6848, weight: 1 },
  { city: 'Rouen', postalCodes: ['76000', '76100'], latitude: 49.4432, longitude: 1.0999, weight: 1 },
  { city: 'Reims', postalCodes: ['51100'], latitude: 49.2583, longitude: 4.0317, weight: 1 },
];

/** UK postcode districts per town; the inward part (e.g. "4BT") is generated. */
export const britishPlaces: readonly Place[] = [
  { city: 'London', postalCodes: ['SW1A', 'SW3', 'SW11', 'SE1', 'SE10', 'EC1A', 'EC2A', 'WC2H', 'W1D', 'W4', 'NW1', 'NW3', 'N1', 'N7', 'E1', 'E14'], latitude: 51.5072, longitude: -0.1276, weight: 14 },
  { city: 'Croydon', postalCodes: ['CR0'], latitude: 51.3762, longitude: -0.0982, weight: 2 },
  { city: 'Kingston upon Thames', postalCodes: ['KT1', 'KT2'], latitude: 51.4123, longitude: -0.3007, weight: 1 },
  { city: 'Richmond', postalCodes: ['TW9', 'TW10'], latitude: 51.4613, longitude: -0.3037, weight: 1 },
  { city: 'Watford', postalCodes: ['WD17', 'WD18'], latitude: 51.6565, longitude: -0.3903, weight: 1 },
  { city: 'St Albans', postalCodes: ['AL1', 'AL3'], latitude: 51.7527, longitude: -0.3394, weight: 1 },
  { city: 'Reading', postalCodes: ['RG1', 'RG2', 'RG30'], latitude: 51.4543, longitude: -0.9781, weight: 2 },
  { city: 'Slough', postalCodes: ['SL1', 'SL2'], latitude: 51.5105, longitude: -0.5950, weight: 1 },
  { city: 'Guildford', postalCodes: ['GU1', 'GU2'], latitude: 51.2362, longitude: -0.5704, weight: 1 },
  { city: 'Brighton', postalCodes: ['BN1', 'BN2'], latitude: 50.8225, longitude: -0.1372, weight: 2 },
  { city: 'Oxford', postalCodes: ['OX1', 'OX2', 'OX4'], latitude: 51.752, longitude: -1.2577, weight: 1 },
  { city: 'Cambridge', postalCodes: ['CB1', 'CB2', 'CB4'], latitude: 52.2053, longitude: 0.1218, weight: 1 },
  { city: 'Milton Keynes', postalCodes: ['MK9', 'MK10'], latitude: 52.0406, longitude: -0.7594, weight: 1 },
  { city: 'Luton', postalCodes: ['LU1', 'LU2'], latitude: 51.8787, longitude: -0.42, weight: 1 },
  { city: 'Chelmsford', postalCodes: ['CM1', 'CM2'], latitude: 51.7356, longitude: 0.4685, weight: 1 },
  { city: 'Maidstone', postalCodes: ['ME14', 'ME15'], latitude: 51.2704, longitude: 0.5227, weight: 1 },
  { city: 'Canterbury', postalCodes: ['CT1', 'CT2'], latitude: 51.2802, longitude: 1.0789, weight: 1 },
  { city: 'Southampton', postalCodes: ['SO14', 'SO15', 'SO17'], latitude: 50.9097, longitude: -1.4044, weight: 1 },
];
