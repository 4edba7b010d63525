import type { Router } from '@angular/router';
import type { Actions } from '@ngrx/effects';
import { of } from 'rxjs';
import { depot } from '../../../../testing/depots';
import type { Notifier } from '../../../core/notifications/notifier';
import { DepotApiActions } from './depot.actions';
import { openCreatedVan, reportVanCreation } from './depot.effects';

describe('depot effects', () => {
  it('opens the new van once created, saying so', () => {
    const router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    router.navigate.and.resolveTo(true);
    const notifier = jasmine.createSpyObj<Notifier>('Notifier', ['info', 'error']);
    const created = of(DepotApiActions.vanCreated({ depot: depot({ id: 'd-new', kind: 'van', name: 'Van — Anne' }) })) as Actions;
    openCreatedVan(created, router).subscribe();
    reportVanCreation(created, notifier).subscribe();
    expect(router.navigate).toHaveBeenCalledWith(['/depots', 'd-new']);
    expect(notifier.info).toHaveBeenCalledWith('depot.newVan.created', { name: 'Van — Anne' });
  });
});
