import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { CustomFieldDefinition, CustomFieldDefinitionList } from '@contract';

/**
 * The custom fields defined for customers (Settings › Custom fields), read once per visit of the
 * feature. Inactive ones are kept: their labels still name stored values.
 */
@Injectable()
export class CustomerFieldDefinitions {
  private readonly http = inject(HttpClient);
  private readonly all = signal<CustomFieldDefinition[]>([]);
  private requested = false;

  readonly definitions = this.all.asReadonly();
  readonly active = computed(() => this.all().filter((d) => d.active));

  load(): void {
    if (this.requested) return;
    this.requested = true;
    this.http.get<CustomFieldDefinitionList>('/api/custom-fields', { params: { entity: 'customer' } }).subscribe({
      next: (list) => this.all.set([...list.items].sort((a, b) => a.sortOrder - b.sortOrder)),
      // Without definitions the form still saves the stored values as they are; let a later visit retry.
      error: () => (this.requested = false),
    });
  }
}
