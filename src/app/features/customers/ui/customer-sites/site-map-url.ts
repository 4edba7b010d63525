import type { Site } from '@contract';

/** A map at the site's coordinates when known, otherwise a search by its address. */
export function siteMapUrl(site: Site): string {
  if (site.latitude !== null && site.longitude !== null) {
    const lat = site.latitude;
    const lon = site.longitude;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  const address = [site.addressLine1, site.addressLine2, `${site.postalCode} ${site.city}`, site.country]
    .filter((part) => part && part.trim())
    .join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}
