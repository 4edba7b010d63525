import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ReserveDetailState, type SaveOutcome } from './reserve-detail-state';
import { reserveDetail } from './reserve-fixtures';

describe('ReserveDetailState', () => {
  let state: ReserveDetailState;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), ReserveDetailState],
    });
    state = TestBed.inject(ReserveDetailState);
    http = TestBed.inject(HttpTestingController);
    state.load('r-1');
    http.expectOne('/api/reserves/r-1').flush(reserveDetail({ version: 3 }));
  });

  afterEach(() => http.verify());

  it('sends the change with the version on screen and shows the answer', () => {
    const outcomes: SaveOutcome[] = [];
    state.save({ status: 'resolved', comment: 'Fixed' }).subscribe((o) => outcomes.push(o));
    const req = http.expectOne('/api/reserves/r-1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.headers.get('If-Match')).toBe('"3"');
    expect(req.request.body).toEqual({ status: 'resolved', comment: 'Fixed' });
    req.flush(reserveDetail({ version: 4, status: 'resolved' }));
    expect(outcomes).toEqual(['saved']);
    expect(state.reserve()?.status).toBe('resolved');
    expect(state.conflict()).toBeFalse();
  });

  it('on 412 says someone else changed it and shows the new state', () => {
    const outcomes: SaveOutcome[] = [];
    state.save({ status: 'resolved', comment: 'Fixed' }).subscribe((o) => outcomes.push(o));
    http
      .expectOne({ method: 'PATCH', url: '/api/reserves/r-1' })
      .flush({ error: { code: 'precondition_failed', message: 'Stale' } }, { status: 412, statusText: 'Precondition Failed' });
    expect(outcomes).toEqual(['conflict']);
    expect(state.conflict()).toBeTrue();
    http.expectOne({ method: 'GET', url: '/api/reserves/r-1' }).flush(reserveDetail({ version: 5, status: 'compliant', assigneeName: 'Sam Super' }));
    expect(state.reserve()?.status).toBe('compliant');
    expect(state.reserve()?.version).toBe(5);
    expect(state.saveError()).toBeNull();
  });

  it('keeps other failures as an error to show, without reloading', () => {
    const outcomes: SaveOutcome[] = [];
    state.save({ assigneeId: 'u-9' }).subscribe((o) => outcomes.push(o));
    http.expectOne({ method: 'PATCH', url: '/api/reserves/r-1' }).flush({ error: { code: 'validation_failed', message: 'No' } }, { status: 422, statusText: 'Unprocessable' });
    expect(outcomes).toEqual(['failed']);
    expect(state.saveError()?.status).toBe(422);
    expect(state.conflict()).toBeFalse();
  });
});
