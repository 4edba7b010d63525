import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { toApiErrorInfo } from '../../../shared/util/api-error';
import { InstalledUnitsApi } from '../data-access';
import { InstalledUnits } from '../ui/installed-units/installed-units';

/**
 * The customer page's "Installed equipment": read-only and owned by the depot side, so it reads
 * straight from its API rather than through the customers store.
 */
@Component({
  selector: 'fd-installed-equipment',
  imports: [InstalledUnits],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<fd-installed-units [sites]="sites()" [loading]="installed.isLoading()" [error]="error()" />`,
})
export class InstalledEquipment {
  private readonly api = inject(InstalledUnitsApi);
  readonly customerId = input.required<string>();

  protected readonly installed = rxResource({
    params: () => this.customerId(),
    stream: ({ params }) => this.api.bySite(params),
  });
  protected readonly sites = computed(() => (this.installed.hasValue() ? this.installed.value().sites : []));
  protected readonly error = computed(() => {
    const error = this.installed.error();
    return error ? toApiErrorInfo(error) : null;
  });
}
