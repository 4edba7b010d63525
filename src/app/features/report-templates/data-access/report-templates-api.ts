import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateReportTemplate,
  JobType,
  Page,
  ReportTemplate,
  ReportTemplateSummary,
  ReportTemplateVersion,
  SaveReportTemplate,
  SettingsWithVersion,
} from '@contract';
import { type Observable, map } from 'rxjs';

/** Few templates exist: the list page reads them in one page. */
const LIST_LIMIT = 500;

function ifMatch(version: number): { headers: HttpHeaders } {
  return { headers: new HttpHeaders({ 'If-Match': `"${version}"` }) };
}

function templateUrl(id: string, ...rest: string[]): string {
  return ['/api/report-templates', encodeURIComponent(id), ...rest].join('/');
}

@Injectable({ providedIn: 'root' })
export class ReportTemplatesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Page<ReportTemplateSummary>> {
    return this.http.get<Page<ReportTemplateSummary>>('/api/report-templates', { params: { limit: LIST_LIMIT } });
  }

  get(id: string): Observable<ReportTemplate> {
    return this.http.get<ReportTemplate>(templateUrl(id));
  }

  create(input: CreateReportTemplate): Observable<ReportTemplate> {
    return this.http.post<ReportTemplate>('/api/report-templates', input);
  }

  /** `If-Match` carries the version the edits started from; a newer one on the server answers 412. */
  save(id: string, version: number, input: SaveReportTemplate): Observable<ReportTemplate> {
    return this.http.put<ReportTemplate>(templateUrl(id), input, ifMatch(version));
  }

  publish(id: string, version: number): Observable<ReportTemplate> {
    return this.http.post<ReportTemplate>(templateUrl(id, 'publish'), null, ifMatch(version));
  }

  version(id: string, versionNumber: number): Observable<ReportTemplateVersion> {
    return this.http.get<ReportTemplateVersion>(templateUrl(id, 'versions', String(versionNumber)));
  }

  duplicate(id: string): Observable<ReportTemplate> {
    return this.http.post<ReportTemplate>(templateUrl(id, 'duplicate'), null);
  }

  archive(id: string, version: number): Observable<ReportTemplate> {
    return this.http.post<ReportTemplate>(templateUrl(id, 'archive'), null, ifMatch(version));
  }

  restore(id: string, version: number): Observable<ReportTemplate> {
    return this.http.post<ReportTemplate>(templateUrl(id, 'restore'), null, ifMatch(version));
  }

  jobTypes(): Observable<JobType[]> {
    return this.http.get<{ items: JobType[] }>('/api/job-types').pipe(map((page) => page.items));
  }

  setJobTypeDefault(jobTypeId: string, version: number, defaultTemplateId: string | null): Observable<JobType> {
    return this.http.patch<JobType>(`/api/job-types/${encodeURIComponent(jobTypeId)}`, { defaultTemplateId }, ifMatch(version));
  }

  settings(): Observable<SettingsWithVersion> {
    return this.http.get<SettingsWithVersion>('/api/settings');
  }

  setDefaultTemplate(settingsVersion: number, defaultTemplateId: string | null): Observable<SettingsWithVersion> {
    return this.http.patch<SettingsWithVersion>('/api/settings', { defaultTemplateId }, ifMatch(settingsVersion));
  }
}
