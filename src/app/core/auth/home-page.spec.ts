import { homeOf } from './home-page';

describe('homeOf', () => {
  it("lands each role on its main list until the dashboard shows something", () => {
    expect(homeOf('dispatcher')).toBe('/jobs');
    expect(homeOf('admin')).toBe('/jobs');
    expect(homeOf('supervisor')).toBe('/reserves');
  });
});
