import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CustomFieldDefinition,
  CustomFieldDefinitionInput,
  CustomFieldDefinitionList,
  CustomFieldDefinitionPatch,
  Page,
  ReportTemplateSummary,
  SettingsPatch,
  SettingsView,
} from '@contract';
import { type Observable, map } from 'rxjs';

export interface TemplateChoice {
  id: string;
  name: string;
}

const ifMatch = (version: number) => ({ headers: new HttpHeaders({ 'If-Match': `"${version}"` }) });

@Injectable({ providedIn: 'root' })
export class SettingsApi {
  private readonly http = inject(HttpClient);

  get(): Observable<SettingsView> {
    return this.http.get<SettingsView>('/api/settings');
  }

  /** `If-Match` carries the version the edits started from; a newer one on the server answers 412. */
  save(version: number, patch: SettingsPatch): Observable<SettingsView> {
    return this.http.patch<SettingsView>('/api/settings', patch, ifMatch(version));
  }

  /** Templates that can be the default: published at least once and not archived. */
  defaultTemplateChoices(): Observable<TemplateChoice[]> {
    return this.http.get<Page<ReportTemplateSummary>>('/api/report-templates', { params: { limit: 500 } }).pipe(
      map((page) =>
        page.items.filter((t) => t.currentVersion !== null && t.status !== 'archived').map((t) => ({ id: t.id, name: t.name })),
      ),
    );
  }

  customFields(): Observable<CustomFieldDefinition[]> {
    return this.http.get<CustomFieldDefinitionList>('/api/custom-fields').pipe(map((list) => list.items));
  }

  createCustomField(input: CustomFieldDefinitionInput): Observable<CustomFieldDefinition> {
    return this.http.post<CustomFieldDefinition>('/api/custom-fields', input);
  }

  changeCustomField(id: string, version: number, changes: CustomFieldDefinitionPatch): Observable<CustomFieldDefinition> {
    return this.http.patch<CustomFieldDefinition>(`/api/custom-fields/${encodeURIComponent(id)}`, changes, ifMatch(version));
  }
}
