import { customer } from '../../../../../testing/fixtures';
import { siteMapUrl } from './site-map-url';

describe('siteMapUrl', () => {
  const [site] = customer().sites;

  it('points at the coordinates when known', () => {
    expect(siteMapUrl(site)).toBe('https://www.openstreetmap.org/?mlat=48.8686&mlon=2.3314#map=17/48.8686/2.3314');
  });

  it('searches by address otherwise', () => {
    expect(siteMapUrl({ ...site, latitude: null, longitude: null })).toBe(
      'https://www.openstreetmap.org/search?query=12%20rue%20de%20la%20Paix%2C%2075002%20Paris%2C%20FR',
    );
  });
});
