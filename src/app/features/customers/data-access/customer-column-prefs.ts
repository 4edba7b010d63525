import { Injectable, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { selectUser } from '../../../core/auth/auth.feature';

/**
 * The custom field columns each user chose to see, remembered in this browser's localStorage under
 * the user's id (so two people sharing a browser keep their own choice).
 */
@Injectable({ providedIn: 'root' })
export class CustomerColumnPrefs {
  private readonly user = inject(Store).selectSignal(selectUser);
  private readonly storageKey = computed(() => {
    const id = this.user()?.id;
    return id ? `fielddesk.customerColumns.${id}` : null;
  });

  read(): string[] {
    const key = this.storageKey();
    if (!key) return [];
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
      return Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : [];
    } catch {
      return [];
    }
  }

  write(keys: string[]): void {
    const key = this.storageKey();
    if (key) localStorage.setItem(key, JSON.stringify(keys));
  }
}
